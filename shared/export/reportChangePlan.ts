/**
 * The report's change-plan section (issue 24, point 3), when the board has two or more
 * scenarios and the reader chose a pair: the before and after diagrams, each on a page of
 * its own scaled to fit it, then the change list, the RACI change list and the hint diff as
 * running text, in shared/changePlan's words (planGroups), so the report says what the
 * compare view and `orgcanvas diff` say.
 */
import type { jsPDF } from 'jspdf';
import type { TFunction } from 'i18next';
import { changePlan } from '../changePlan';
import { planGroups } from '../changePlan/groups';
import type { Board } from '../model/board';
import { INK } from '../theme/theme';
import { buildScene, SEVERITY_COLOURS } from './buildScene';
import { changeMarks, MARK_COLOURS } from './marks';
import type { DiagramOptions, ReportLayout } from './options';
import { drawScene, fitPlacement } from './pdf';
import { pdfSafe } from './pdfText';
import { reportBoard } from './reportScene';
import { flowText, type TextFrame, type TextLine } from './reportText';

/** The two scenarios the section compares, as plain boards, with the names the reader knows them by. */
export interface ReportChangePlan {
  before: Board;
  after: Board;
  beforeName: string;
  afterName: string;
  /** Each design's lines routed round its boxes (the caller awaits the router); straight where absent. */
  routes?: { before?: DiagramOptions['routes']; after?: DiagramOptions['routes'] };
}

const GREY = '#4a4f57';

/** The section's text: headings, the changes by section, the RACI changes, the hints resolved, kept and introduced. */
export function changePlanText(plan: ReportChangePlan, layout: ReportLayout, t: TFunction): TextLine[] {
  const before = reportBoard(plan.before, layout);
  const after = reportBoard(plan.after, layout);
  const groups = planGroups(changePlan(before, after), before, after, t);
  const title = (text: string): TextLine => ({ text, size: 15, bold: true, gap: 6 });
  const sub = (text: string, colour = INK): TextLine => ({ text, size: 12, bold: true, colour, gap: 3 });
  const line = (text: string, colour?: string): TextLine => ({ text, size: 11, indent: 14, colour, gap: 3 });
  const lines: TextLine[] = [{ text: t('compare.report.title', { before: plan.beforeName, after: plan.afterName }), size: 18, bold: true, gap: 12 }];
  lines.push(title(t('changePlan.headings.changes')));
  if (!groups.changes.length) lines.push(line(t('changePlan.nothing')));
  for (const group of groups.changes) {
    lines.push(sub(group.title));
    for (const change of group.lines) lines.push(line(`${t(`compare.marks.${change.type}`)} · ${change.text}`));
    lines[lines.length - 1] = { ...lines[lines.length - 1]!, gap: 8 };
  }
  lines[lines.length - 1] = { ...lines[lines.length - 1]!, gap: 12 };
  lines.push(title(t('changePlan.headings.raci')));
  if (!groups.raci.length) lines.push(line(t('changePlan.noRaci')));
  for (const change of groups.raci) lines.push(line(change.text));
  lines[lines.length - 1] = { ...lines[lines.length - 1]!, gap: 12 };
  lines.push(title(t('changePlan.headings.hints')));
  for (const group of groups.hints) {
    lines.push(sub(group.title, group.group === 'resolved' ? MARK_COLOURS.added : group.group === 'introduced' ? MARK_COLOURS.removed : INK));
    for (const hint of group.lines) lines.push(line(hint.text, SEVERITY_COLOURS[hint.severity]));
  }
  return lines;
}

/** Draws the section from a fresh page on: the two diagrams, then the text. */
export function drawChangePlan(doc: jsPDF, plan: ReportChangePlan, layout: ReportLayout, t: TFunction, margin: number, frame: () => TextFrame): void {
  const marks = changeMarks(changePlan(reportBoard(plan.before, layout), reportBoard(plan.after, layout)));
  for (const side of ['before', 'after'] as const) {
    doc.addPage(layout.paper, layout.orientation);
    const width = doc.internal.pageSize.getWidth();
    const height = doc.internal.pageSize.getHeight();
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(18);
    doc.setTextColor(INK);
    doc.text(pdfSafe(t('compare.report.title', { before: plan.beforeName, after: plan.afterName })), margin, margin + 14);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(13);
    doc.setTextColor(GREY);
    const name = side === 'before' ? plan.beforeName : plan.afterName;
    doc.text(pdfSafe(t('compare.report.diagram', { which: t(`compare.${side}`), name })), margin, margin + 34);
    // The after diagram has the compare view's marks, each naming its change on a tag.
    const highlights = side === 'after' ? new Map([...marks].map(([id, mark]) => [id, { mark }])) : undefined;
    const scene = buildScene(reportBoard(plan[side], layout), { background: 'white', titleBlock: false, legend: false, highlights, routes: plan.routes?.[side] }, t);
    drawScene(doc, scene, fitPlacement(scene, { x: margin, y: margin + 50, width: width - 2 * margin, height: height - margin - 50 - margin }));
  }
  frame().newPage();
  flowText(doc, changePlanText(plan, layout, t), margin + 18, frame());
}
