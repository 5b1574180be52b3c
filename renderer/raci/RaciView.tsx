/**
 * The RACI view: tasks × roles (grouped by department), teams and external parties, from
 * the board's `responsible` relations. A cell edit is one `changeBoard` (one undo step) with
 * shared/raci's pure setRaciCell, so the canvas changes with it. A missing or second A is
 * highlighted from the rule engine's own hints (the hints store's, dismissed ones included),
 * so the matrix and the hints panel cannot disagree about a task; after an edit the flags
 * follow when the rules have run (hintsStore's SETTLE_MS).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RACI_LETTERS, type Raci } from '../../shared/model/vocabulary';
import { raciCsv } from '../../shared/raci/csv';
import { deriveRaci, raciColumns } from '../../shared/raci/matrix';
import { setRaciCell } from '../../shared/raci/setCell';
import { download, exportFileName } from '../export/browserOutput';
import { useHintsStore } from '../hints/hintsStore';
import { useAppStore } from '../store/store';
import '../export/export.css';
import { ModalDialog } from '../chrome/ModalDialog';

export function RaciView({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  // Dutch spreadsheets read `,` as the decimal sign and expect `;` between fields.
  const separator = i18n.language === 'nl' ? ';' : ',';
  const board = useAppStore((s) => s.board);
  const changeBoard = useAppStore((s) => s.changeBoard);
  const select = useAppStore((s) => s.select);
  const active = useHintsStore((s) => s.active);
  const dismissed = useHintsStore((s) => s.dismissed);
  const hints = useMemo(() => active.concat(dismissed), [active, dismissed]);
  const matrix = useMemo(() => deriveRaci(board, { allDepartmentColumns: true, hints }), [board, hints]);
  const columns = useMemo(() => raciColumns(matrix), [matrix]);

  const setCell = (taskId: string, holderId: string, value: string) => {
    const letter = (RACI_LETTERS as readonly string[]).includes(value) ? (value as Raci) : null;
    changeBoard((current) => setRaciCell(current, taskId, holderId, letter));
  };
  const groupName = (kind: string, label?: string) => (kind === 'department' ? label ?? '' : t(`export.raci.groups.${kind}`));

  return (
    <ModalDialog title={t('export.raciView.title')} className="oc-export oc-raci-view" onClose={onClose} firstFocus="select, button">
      <p className="oc-raci__intro">{t('export.raciView.intro')}</p>
      {matrix.rows.length === 0 ? (
        <p>{t('export.raci.noTasks')}</p>
      ) : (
        <div className="oc-raci__scroll">
          <table className="oc-raci">
            <thead>
              <tr>
                <th rowSpan={2}>{t('export.raci.task')}</th>
                {matrix.groups.map((g, i) => (
                  <th key={`${g.kind}-${g.departmentId ?? i}`} colSpan={g.columns.length} scope="colgroup">
                    {groupName(g.kind, g.label)}
                  </th>
                ))}
              </tr>
              <tr>
                {columns.map((c) => (
                  <th key={c.id} scope="col">
                    {c.kind === 'department' ? t('export.raci.ownDepartment') : c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row) => (
                <tr key={row.taskId} className={row.flags.map((f) => `is-${f}`).join(' ')} data-task={row.taskId} data-flags={row.flags.join(' ')}>
                  <th scope="row">
                    <button type="button" className="oc-raci__task" title={t('export.raciView.selectTask', { task: row.label })} onClick={() => select([row.taskId])}>
                      {row.label}
                    </button>
                    {row.flags.map((flag) => (
                      <span key={flag} className="oc-raci__flag" data-rule={flag}>
                        {t(`export.raci.flags.${flag}`)}
                      </span>
                    ))}
                  </th>
                  {columns.map((c) => {
                    const letters = row.cells[c.id] ?? [];
                    // Two letters from one holder (R and A) show as the stronger one, A.
                    const value = letters.includes('A') ? 'A' : (letters[0] ?? '');
                    return (
                      <td key={c.id}>
                        <select
                          className={value === 'A' ? 'is-A' : ''}
                          aria-label={t('export.raciView.cell', { holder: c.label, task: row.label })}
                          value={value}
                          onChange={(e) => setCell(row.taskId, c.id, e.target.value)}
                        >
                          <option value="">{t('export.raciView.none')}</option>
                          {RACI_LETTERS.map((l) => (
                            <option key={l} value={l}>
                              {l}
                            </option>
                          ))}
                        </select>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="oc-export__actions oc-dialog-actions">
        <span className="oc-export__status" />
        <button
          type="button"
          onClick={() => download(new Blob([raciCsv(deriveRaci(board, { hints }), t, { separator })], { type: 'text/csv;charset=utf-8' }), exportFileName(board.profile.name, '-raci', 'csv'))}
        >
          {t('export.raciView.csv')}
        </button>
        <button type="button" onClick={onClose}>
          {t('export.raciView.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
