/**
 * The import dialog: the file's first rows as a table, which column holds the name, job
 * title, department, manager and number (guessed, Dutch and English headers), the delimiter
 * and encoding (a change reads the file again), the checks' problems with their rows, and
 * what the import will add. Import is one change of the open board (one undo step), placed
 * below what is there, and the view is fitted to show the whole board after it.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ColumnMapping } from '../../shared/orgImport/columns';
import { formatImportProblem } from '../../shared/orgImport/messages';
import type { BuildSummary } from '../../shared/orgImport/build';
import type { ImportEncoding, ImportResult, ImportTable } from '../../shared/orgImport/table';
import { fitBoard } from '../canvas/fitBoard';
import { ModalDialog } from '../chrome/ModalDialog';
import { useAppStore } from '../store/store';
import { DIALOG_FIELDS, fieldValue, initialMapping, nameChoices, nameFromFile, planImport, withField } from './importPlan';
import type { Picked } from './importUi';
import { ImportPreview } from './ImportPreview';
import { placeImport } from './placeImport';
import { fileKind, readPicked, sizeProblem } from './readFile';
import './import.css';

export interface ImportDialogProps {
  picked: Picked;
  onClose: () => void;
}

/** The delimiters offered (auto is ''), with their catalogue keys. */
const DELIMITERS: readonly [string, 'semicolon' | 'comma' | 'tab' | 'pipe'][] = [
  [';', 'semicolon'],
  [',', 'comma'],
  ['\t', 'tab'],
];
const ENCODINGS: readonly ImportEncoding[] = ['utf-8', 'windows-1252'];

function delimiterName(delimiter: string | undefined, t: TFunction): string {
  const key = { ';': 'semicolon', ',': 'comma', '\t': 'tab', '|': 'pipe' }[delimiter ?? ''];
  return key ? t(`orgImport.dialog.delimiters.${key}`) : (delimiter ?? '');
}

export function summaryText(summary: BuildSummary, t: TFunction, below: boolean): string {
  return t(below ? 'orgImport.dialog.summaryBelow' : 'orgImport.dialog.summary', {
    departments: t('orgImport.cli.departments', { count: summary.departments }),
    roles: t('orgImport.cli.roles', { count: summary.roles }),
    lines: t('orgImport.cli.lines', { count: summary.reportingLines }),
  });
}

export function ImportDialog({ picked, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const ids = useId();
  const hasContent = useAppStore((s) => s.board.nodes.length > 0);
  const [delimiter, setDelimiter] = useState('');
  const [encoding, setEncoding] = useState<ImportEncoding | ''>('');
  const [read, setRead] = useState<ImportResult<ImportTable> | null>(() => (picked.bytes ? null : sizeProblem(picked.size)!));
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [firstGuess, setFirstGuess] = useState<ColumnMapping | null>(null);
  const kind = picked.bytes ? fileKind(picked.bytes) : 'csv';

  useEffect(() => {
    const bytes = picked.bytes;
    if (!bytes) return;
    let live = true;
    void readPicked({ name: picked.name, bytes }, { delimiter, encoding: encoding || undefined }).then((result) => {
      if (!live) return;
      setRead(result);
      if (!result.ok) return;
      const guess = initialMapping(result.value);
      setFirstGuess(guess);
      // Read again with the same columns (another encoding): the user's choices stay.
      setMapping((current) => (current && sameHeaders.get(current) === result.value.headers.join('\u0000') ? current : remember(guess, result.value)));
    });
    return () => {
      live = false;
    };
  }, [picked, delimiter, encoding]);

  const table = read?.ok ? read.value : undefined;
  const plan = useMemo(
    () => (table && mapping ? planImport(table, mapping, { name: nameFromFile(picked.name), noDepartment: t('orgImport.board.noDepartment') }) : undefined),
    [table, mapping, picked.name, t],
  );
  const problems = read && !read.ok ? read.problems : plan && !plan.ok ? plan.problems : [];
  const imported = plan?.ok ? plan.value : undefined;

  const run = () => {
    if (!imported) return;
    useAppStore.getState().changeBoard((board) => placeImport(board, imported.board).board);
    onClose();
    // After React Flow has the new nodes: the fit measures what it shows.
    requestAnimationFrame(() => requestAnimationFrame(() => fitBoard()));
  };

  /** A new delimiter or encoding: the file is read again, and shown as being read meanwhile. */
  const reread = (change: () => void) => {
    setRead(null);
    change();
  };

  const setField = (field: (typeof DIALOG_FIELDS)[number], value: string) => {
    if (!mapping || !table) return;
    setMapping(remember(withField(mapping, field, value), table));
  };

  const size = t('orgImport.dialog.file', { file: picked.name, size: picked.size / 1024 });
  return (
    <ModalDialog title={t('orgImport.dialog.title')} className="oc-import" onClose={onClose} firstFocus="select, button.is-primary, button">
      <p className="oc-import__file" data-testid="import-file-name">
        {size}
      </p>
      <p className="oc-import__intro">{t('orgImport.dialog.intro')}</p>
      <div className="oc-import__settings">
        <fieldset className="oc-import__columns" disabled={!table}>
          <legend>{t('orgImport.dialog.columns')}</legend>
          {DIALOG_FIELDS.map((field) => {
            const choices = table && firstGuess ? (field === 'name' ? nameChoices(table, firstGuess) : table.headers.map((h, i) => ({ value: String(i), label: h || `#${i + 1}` }))) : [];
            return (
              <label key={field} className={`oc-import__field oc-import__field--${field}`}>
                <span>{t(`orgImport.fields.${field}`)}</span>
                <select value={mapping ? fieldValue(mapping, field) : ''} onChange={(e) => setField(field, e.target.value)} data-field={field}>
                  <option value="">{t('orgImport.dialog.none')}</option>
                  {choices.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </label>
            );
          })}
        </fieldset>
        <fieldset className="oc-import__format" disabled={kind !== 'csv' || !picked.bytes}>
          <legend>{t('orgImport.dialog.fileSettings')}</legend>
          <label className="oc-import__field">
            <span>{t('orgImport.dialog.delimiter')}</span>
            <select value={delimiter} onChange={(e) => reread(() => setDelimiter(e.target.value))} data-testid="import-delimiter">
              <option value="">{table?.delimiter && !delimiter ? t('orgImport.dialog.autoFound', { found: delimiterName(table.delimiter, t) }) : t('orgImport.dialog.auto')}</option>
              {DELIMITERS.map(([value, key]) => (
                <option key={key} value={value}>
                  {t(`orgImport.dialog.delimiters.${key}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="oc-import__field">
            <span>{t('orgImport.dialog.encoding')}</span>
            <select value={encoding} onChange={(e) => reread(() => setEncoding(e.target.value as ImportEncoding | ''))} data-testid="import-encoding">
              <option value="">{table?.encoding && !encoding ? t('orgImport.dialog.autoFound', { found: t(`orgImport.dialog.encodings.${table.encoding}`) }) : t('orgImport.dialog.auto')}</option>
              {ENCODINGS.map((value) => (
                <option key={value} value={value}>
                  {t(`orgImport.dialog.encodings.${value}`)}
                </option>
              ))}
            </select>
          </label>
          {kind !== 'csv' && <p className="oc-import__note">{t('orgImport.dialog.csvOnly')}</p>}
        </fieldset>
      </div>
      {table && mapping && <ImportPreview table={table} mapping={mapping} />}
      {!read && <p className="oc-import__reading">{t('orgImport.dialog.reading')}</p>}
      {problems.length > 0 && (
        <section className="oc-import__problems" role="alert" aria-labelledby={`${ids}-problems`} data-testid="import-problems">
          <h3 id={`${ids}-problems`}>{t('orgImport.dialog.problems', { count: problems.length })}</h3>
          <ul>
            {problems.map((problem, i) => (
              <li key={i} data-line={problem.line}>
                {formatImportProblem(problem, t)}
              </li>
            ))}
          </ul>
          {picked.bytes && <p>{t('orgImport.dialog.fix')}</p>}
        </section>
      )}
      <div className="oc-import__actions oc-dialog-actions">
        <p className="oc-import__summary" role="status" data-testid="import-summary">
          {imported ? summaryText(imported.summary, t, hasContent) : ''}
        </p>
        <button type="button" className="is-primary" disabled={!imported} onClick={run} data-testid="import-run">
          {t('orgImport.dialog.import')}
        </button>
        <button type="button" onClick={onClose}>
          {t('orgImport.dialog.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

/** Which headers a mapping was made for, so a read with other columns starts from the guesses. */
const sameHeaders = new WeakMap<ColumnMapping, string>();
function remember(mapping: ColumnMapping, table: ImportTable): ColumnMapping {
  sameHeaders.set(mapping, table.headers.join('\u0000'));
  return mapping;
}
