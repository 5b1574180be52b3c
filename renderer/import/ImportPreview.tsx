/**
 * The file's first rows as the import reads them: the row numbers the user sees in the
 * spreadsheet, the headers, and under each header the field it is read as, so a wrong
 * column is seen before anything is imported.
 */
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '../../shared/orgImport/columns';
import type { ImportField, ImportTable } from '../../shared/orgImport/table';
import { DIALOG_FIELDS } from './importPlan';

/** Rows shown: enough to recognise the file, few enough to keep the mapping in view. */
export const PREVIEW_ROWS = 8;

function fieldsByColumn(mapping: ColumnMapping): Map<number, ImportField[]> {
  const by = new Map<number, ImportField[]>();
  for (const field of DIALOG_FIELDS) {
    const columns = field === 'name' ? mapping.name : mapping[field] === undefined ? [] : [mapping[field]!];
    for (const column of columns) by.set(column, [...(by.get(column) ?? []), field]);
  }
  return by;
}

export function ImportPreview({ table, mapping }: { table: ImportTable; mapping: ColumnMapping }) {
  const { t } = useTranslation();
  const rows = table.rows.slice(0, PREVIEW_ROWS);
  const fields = fieldsByColumn(mapping);
  return (
    <figure className="oc-import__preview">
      <figcaption>{rows.length === table.rows.length ? t('orgImport.dialog.previewAll', { count: rows.length }) : t('orgImport.dialog.preview', { shown: rows.length, count: table.rows.length })}</figcaption>
      <div className="oc-import__scroll" role="region" tabIndex={0} aria-label={t('orgImport.dialog.previewCaption')}>
        <table data-testid="import-preview">
          <thead>
            <tr>
              <th scope="col">{t('orgImport.dialog.row')}</th>
              {table.headers.map((header, i) => (
                <th scope="col" key={i} className={fields.has(i) ? 'is-mapped' : undefined}>
                  {header}
                  {fields.has(i) && <span className="oc-import__as">{fields.get(i)!.map((f) => t(`orgImport.fields.${f}`)).join(', ')}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.line}>
                <th scope="row">{row.line}</th>
                {row.cells.map((cell, i) => (
                  <td key={i} className={fields.has(i) ? 'is-mapped' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
