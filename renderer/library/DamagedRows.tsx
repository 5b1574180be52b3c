/**
 * The start screen's list of library rows that could not be read (storage/rowCheck.ts):
 * each with what is damaged, "export raw data" and "remove" (asked twice, in place). The
 * other boards are listed as usual above; one bad row no longer blanks the library.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './reliability.css';
import { libraryRepository } from '../storage/library';
import { storageErrorFrom } from '../storage/errors';
import type { DamagedRow } from '../storage/rowCheck';
import { exportRawData } from './rawData';
import { libraryChanged, notify, useSession } from './session';

function useDamagedRows(): DamagedRow[] {
  const version = useSession((s) => s.libraryVersion);
  const [rows, setRows] = useState<DamagedRow[]>([]);
  useEffect(() => {
    let live = true;
    libraryRepository()
      .then((repo) => repo.listDamaged())
      .then(
        (damaged) => live && setRows(damaged),
        () => live && setRows([]),
      );
    return () => {
      live = false;
    };
  }, [version]);
  return rows;
}

async function remove(key: IDBValidKey): Promise<void> {
  try {
    await (await libraryRepository()).removeDamaged(key);
  } catch (error) {
    const e = storageErrorFrom(error);
    notify({ kind: 'storageError', code: e.code, detail: e.detail });
  }
  libraryChanged();
}

export function DamagedRows() {
  const { t } = useTranslation();
  const rows = useDamagedRows();
  if (!rows.length) return null;
  return (
    <section className="oc-damaged" aria-labelledby="oc-damaged-title" data-damaged-rows={rows.length}>
      <h3 id="oc-damaged-title">{t('reliability.damaged.title', { count: rows.length })}</h3>
      <p>{t('reliability.damaged.explain')}</p>
      <ul>
        {rows.map((row, i) => (
          <DamagedRowItem key={`${i}:${String(row.key)}`} row={row} />
        ))}
      </ul>
    </section>
  );
}

function DamagedRowItem({ row }: { row: DamagedRow }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <li data-damaged-key={String(row.key)}>
      <span className="oc-damaged__what">
        <strong>{row.label}</strong> · {t('reliability.damaged.problem', { fields: row.fields.join(', ') })}
      </span>
      <button type="button" className="oc-button" onClick={() => void exportRawData(row.key)}>
        {t('reliability.damaged.exportRaw')}
      </button>
      {confirming ? (
        <>
          <button type="button" className="oc-button oc-button--danger" onClick={() => void remove(row.key)}>
            {t('reliability.damaged.removeConfirm')}
          </button>
          <button type="button" className="oc-button" onClick={() => setConfirming(false)}>
            {t('reliability.damaged.cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="oc-button" onClick={() => setConfirming(true)}>
          {t('reliability.damaged.remove')}
        </button>
      )}
    </li>
  );
}
