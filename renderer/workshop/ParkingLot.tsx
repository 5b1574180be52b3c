/**
 * The parking lot: a side list of the board's notes. "Park" takes a note off the canvas into
 * the list, "Put back" returns it where it was; both are ordinary, undoable board edits.
 * Editing, it opens in the dock beside the canvas; presenting, over the board's right side,
 * below the leave button and above the timer. Escape or a press outside closes it.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteNode } from '../../shared/model/board';
import { DEFAULT_SIZE } from '../../shared/theme/theme';
import { useDismiss } from '../chrome/dismiss';
import { useAppStore } from '../store/store';
import { boardNotes, PARKING_LOT_FIELD, parkedNotes, parkNote, unparkNote } from './parkingLot';
import { useWorkshop } from './workshopStore';

export function ParkingLot() {
  const { t } = useTranslation();
  const board = useAppStore((s) => s.board);
  const changeBoard = useAppStore((s) => s.changeBoard);
  const close = () => useWorkshop.getState().setParkingOpen(false);
  const flow = useReactFlow();
  const [draft, setDraft] = useState('');
  const panel = useRef<HTMLElement>(null);
  const field = useRef<HTMLInputElement>(null);
  useDismiss(panel, close, { anchor: '[data-testid="open-parking"]' });
  // Opened (P while presenting, or the bar's button), the idea can be typed at once: keys
  // go to the field, not to the presentation (where T would start the timer).
  useEffect(() => field.current?.focus(), []);
  const onBoard = boardNotes(board);
  const parked = parkedNotes(board);

  const show = (note: NoteNode) => {
    const size = DEFAULT_SIZE.note;
    void flow.fitBounds({ ...note.position, width: note.width ?? size.width, height: note.height ?? size.height }, { padding: 0.6, duration: 300 });
  };
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    changeBoard((b) => {
      const taken = new Set([...b.nodes, ...parkedNotes(b)].map((n) => n.id));
      let id = `n-${Date.now().toString(36)}`;
      for (let i = 2; taken.has(id); i++) id = `n-${Date.now().toString(36)}-${i}`;
      const centre = flow.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
      const note: NoteNode = { id, kind: 'note', label: text, position: centre, data: {} };
      return { ...b, [PARKING_LOT_FIELD]: [...parkedNotes(b), note] };
    });
    setDraft('');
  };

  return (
    <aside ref={panel} className="oc-parking" aria-label={t('workshop.parking.title')} data-testid="parking-lot">
      <header className="oc-parking__header">
        <h2>{t('workshop.parking.title')}</h2>
        <button type="button" onClick={close} aria-label={t('workshop.parking.close')}>
          ×
        </button>
      </header>
      <p className="oc-parking__intro">{t('workshop.parking.intro')}</p>
      <form
        className="oc-parking__add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input ref={field} value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={t('workshop.parking.placeholder')} aria-label={t('workshop.parking.add')} maxLength={500} />
        <button type="submit">{t('workshop.parking.add')}</button>
      </form>
      <h3>{t('workshop.parking.parked')}</h3>
      {parked.length === 0 ? (
        <p className="oc-parking__empty">{t('workshop.parking.emptyParked')}</p>
      ) : (
        <ul className="oc-parking__list" data-testid="parked-notes">
          {parked.map((note) => (
            <li key={note.id}>
              <span className="oc-parking__text">{note.label}</span>
              <button type="button" onClick={() => changeBoard((b) => unparkNote(b, note.id))}>
                {t('workshop.parking.unpark')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('workshop.parking.onBoard')}</h3>
      {onBoard.length === 0 ? (
        <p className="oc-parking__empty">{t('workshop.parking.emptyBoard')}</p>
      ) : (
        <ul className="oc-parking__list" data-testid="board-notes">
          {onBoard.map((note) => (
            <li key={note.id}>
              <span className="oc-parking__text">{note.label}</span>
              <button type="button" onClick={() => show(note)}>
                {t('workshop.parking.show')}
              </button>
              <button type="button" onClick={() => changeBoard((b) => parkNote(b, note.id))}>
                {t('workshop.parking.park')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
