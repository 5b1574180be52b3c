/** The start screen's rows: boards (or the trash), filtered by the search, reloaded on change. */
import { useEffect, useState } from 'react';
import type { BoardSummary } from '../storage/repository';
import { libraryRepository } from '../storage/library';
import { useSession } from './session';

export function useLibraryList(query: string, trash: boolean): { rows: BoardSummary[] | null; trashCount: number } {
  const version = useSession((s) => s.libraryVersion);
  const [rows, setRows] = useState<BoardSummary[] | null>(null);
  const [trashCount, setTrashCount] = useState(0);
  useEffect(() => {
    let live = true;
    libraryRepository()
      .then((repo) => Promise.all([trash ? repo.listTrash() : query.trim() ? repo.searchBoards(query) : repo.listBoards(), repo.listTrash()]))
      .then(
        ([list, trashed]) => {
          if (!live) return;
          setRows(list);
          setTrashCount(trashed.length);
        },
        () => live && setRows([]),
      );
    return () => {
      live = false;
    };
  }, [query, trash, version]);
  return { rows, trashCount };
}
