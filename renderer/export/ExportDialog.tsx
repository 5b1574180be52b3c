/**
 * The export dialog (Ctrl+E): scope, format, PNG size, background, title block, legend,
 * hints, a live preview, Save and Copy as PNG. Everything is drawn from the board model by
 * shared/export; the preview is the very SVG that Save writes.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_BACKGROUNDS, EXPORT_FORMATS, EXPORT_FORMAT_IDS, exportFormat, planRaster, writeExport, type ExportFormatDef } from '../../shared/export';
import { ReportOptions } from './ReportOptions';
import { defaultPair, reportPair } from '../compare/compareModel';
import { exportHints } from '../../shared/export/ruleHints';
import { sceneToSvg } from '../../shared/export/svg';
import { partitionHints } from '../../shared/rules/dismissals';
import { evaluateBoard } from '../../shared/rules/engine';
import type { ReportChangePlan } from '../../shared/export/reportChangePlan';
import { routesFor } from '../canvas/routing/routes';
import { useBoardRoutes } from '../canvas/routing/useBoardRoutes';
import { useAppStore } from '../store/store';
import { browserRasterizer, copyPng, download, exportFileName, sceneToPng, svgDataUrl } from './browserOutput';
import { DEFAULT_CHOICES, PNG_SIZES, diagramOptions, pngScale, previewScene, today, type ExportChoices } from './exportPlan';
import './export.css';
import { ModalDialog } from '../chrome/ModalDialog';

/** The change plan's two designs with their lines routed (as the canvas routes them), straight if the router fails. */
async function routedPair(pair: ReportChangePlan | undefined): Promise<ReportChangePlan | undefined> {
  if (!pair) return undefined;
  const [before, after] = await Promise.all([routesFor(pair.before), routesFor(pair.after)]);
  return { ...pair, routes: { before, after } };
}

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const board = useAppStore((s) => s.board);
  const selection = useAppStore((s) => s.selectedNodeIds);
  const [choices, setChoices] = useState<ExportChoices>(() => ({ ...DEFAULT_CHOICES, scope: selection.length ? 'selection' : 'board', changePlan: defaultPair(board) ?? null }));
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Radio groups need names unique on the page.
  const names = useId();
  const date = useMemo(() => today(), []);
  const set = <K extends keyof ExportChoices>(key: K, value: ExportChoices[K]) => setChoices((c) => ({ ...c, [key]: value }));

  const hints = useMemo(() => exportHints(partitionHints(evaluateBoard(board), board).active, t), [board, t]);
  // The lines as the canvas routes them: saving waits for them (routing/routes.ts).
  const routes = useBoardRoutes(board);
  const scene = useMemo(() => previewScene(board, choices, selection, hints, date, t, routes), [board, choices, selection, hints, date, t, routes]);
  const preview = useMemo(() => svgDataUrl(sceneToSvg(scene, { title: board.profile.name || undefined })), [scene, board.profile.name]);
  const format: ExportFormatDef = EXPORT_FORMATS[choices.format];
  const plan = format.takes.scale ? planRaster(scene.width, scene.height, pngScale(choices.pngSize, scene)) : undefined;

  const name = board.profile.name || t('export.untitled');
  const run = async (what: 'save' | 'copy') => {
    setBusy(true);
    setStatus({ kind: 'info', text: t('export.dialog.working') });
    try {
      if (what === 'copy') {
        // Copy is always a PNG: at the chosen size, or 2× (sharp on a slide) for other formats.
        const png = sceneToPng(scene, format.takes.scale ? pngScale(choices.pngSize, scene) : 2, name);
        await copyPng(png.then((p) => p.blob));
        setStatus({ kind: 'info', text: t('export.dialog.copied') });
        return;
      }
      const { blob, file, note } = await makeFile(choices, name);
      download(blob, file);
      setStatus({ kind: 'info', text: note ? `${t('export.dialog.saved', { file })} ${note}` : t('export.dialog.saved', { file }) });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'error', text: t(what === 'copy' ? 'export.dialog.copyFailed' : 'export.dialog.failed', { detail }) });
    } finally {
      setBusy(false);
    }
  };

  const makeFile = async (c: ExportChoices, title: string): Promise<{ blob: Blob; file: string; note?: string }> => {
    const made = exportFormat(c.format);
    const { data, note } = await writeExport(c.format, {
      board,
      t,
      diagram: diagramOptions(c, selection, hints, date, routes),
      scene: () => scene,
      title,
      scale: pngScale(c.pngSize, scene),
      date,
      hints,
      report: c.report,
      changePlan: c.changePlan ? await routedPair(reportPair(board, c.changePlan, t)) : undefined,
      rasterize: browserRasterizer,
    });
    const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type: made.file.mimeType });
    return { blob, file: exportFileName(title, made.file.suffix ?? '', made.file.extension), note };
  };

  const radio = <K extends keyof ExportChoices>(key: K, value: ExportChoices[K], label: string, disabled = false) => (
    <label className="oc-export__choice" key={String(value)}>
      <input type="radio" name={`${names}-${key}`} checked={choices[key] === value} disabled={disabled} onChange={() => set(key, value)} />
      {label}
    </label>
  );
  const check = (key: 'titleBlock' | 'legend' | 'hints', label: string, disabled = false) => (
    <label className="oc-export__choice">
      <input type="checkbox" checked={choices[key]} disabled={disabled} onChange={(e) => set(key, e.target.checked)} />
      {label}
    </label>
  );
  // A format that is not a diagram (the report) takes none of the diagram's options.
  const report = !format.takes.diagram;

  return (
    <ModalDialog title={t('export.dialog.title')} className="oc-export" onClose={onClose} firstFocus="input, select, button">
      <div className="oc-export__body">
        <form className="oc-export__options" onSubmit={(e) => e.preventDefault()}>
          <fieldset disabled={report}>
            <legend>{t('export.dialog.scope')}</legend>
            {radio('scope', 'board', t('export.dialog.scopeBoard'))}
            {radio('scope', 'selection', t('export.dialog.scopeSelection', { count: selection.length }), !selection.length)}
          </fieldset>
          <fieldset>
            <legend>{t('export.dialog.format')}</legend>
            {EXPORT_FORMAT_IDS.map((f) => radio('format', f, t(EXPORT_FORMATS[f].labelKey)))}
          </fieldset>
          {format.takes.scale && (
            <label className="oc-export__field">
              {t('export.dialog.size')}
              <select value={choices.pngSize} onChange={(e) => set('pngSize', e.target.value as ExportChoices['pngSize'])}>
                {PNG_SIZES.map((size) => {
                  const [paper, dpi] = size.split('@');
                  return (
                    <option key={size} value={size}>
                      {dpi ? t('export.dialog.paper', { paper, dpi }) : t('export.dialog.scale', { scale: size })}
                    </option>
                  );
                })}
              </select>
            </label>
          )}
          {/* The report sets its own background, legend and hint markers: its layout choices stand in their place. */}
          {!report && (
            <fieldset>
              <legend>{t('export.dialog.background')}</legend>
              {EXPORT_BACKGROUNDS.map((b) => radio('background', b, t(`export.dialog.backgrounds.${b}`), b === 'transparent' && !format.takes.transparent))}
            </fieldset>
          )}
          {!report && (
            <fieldset>
              <legend>{t('export.dialog.include')}</legend>
              {check('titleBlock', t('export.dialog.titleBlock'))}
              {check('legend', t('export.dialog.legend'))}
              {check('hints', t('export.dialog.hints', { count: hints.length }), !hints.length)}
            </fieldset>
          )}
          {format.takes.report && <ReportOptions layout={choices.report} onChange={(report) => set('report', report)} changePlan={choices.changePlan} onChangePlan={(pair) => set('changePlan', pair)} />}
          {format.noteKey && <p className="oc-export__note">{t(format.noteKey)}</p>}
        </form>
        <figure className="oc-export__preview">
          <img src={preview} alt={t('export.dialog.preview')} data-testid="export-preview" />
          <figcaption>
            {plan && <span data-testid="export-pixels">{t('export.dialog.pixels', { width: plan.width, height: plan.height })}</span>}
            {plan?.clamped && (
              <span className="oc-export__warning" role="alert">
                {t('export.raster.clamped', {
                  requested: Math.round(plan.requestedScale * 100) / 100,
                  scale: plan.scale,
                  width: Math.ceil(scene.width * plan.requestedScale),
                  height: Math.ceil(scene.height * plan.requestedScale),
                })}
              </span>
            )}
          </figcaption>
        </figure>
      </div>
      <div className="oc-export__actions oc-dialog-actions">
        <p className={`oc-export__status ${status?.kind === 'error' ? 'is-error' : ''}`} role="status" aria-live="polite">
          {status?.text}
        </p>
        <button type="button" onClick={() => void run('copy')} disabled={busy || report || !routes}>
          {t('export.dialog.copy')}
        </button>
        <button type="button" className="is-primary" onClick={() => void run('save')} disabled={busy || !routes}>
          {t('export.dialog.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('export.dialog.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
