/** One node's shapes, matching the canvas's node look (theme.ts holds the look as data). */
import type { TFunction } from 'i18next';
import type { BoardNode } from '../model/board';
import { taskLevel } from '../model/vocabulary';
import { KINDS } from '../model/kinds';
import { INK, KIND_STYLES, TYPE } from '../theme/theme';
import { HEADER_HEIGHT, type Rect as Box } from '../geometry/geometry';
import { fitText, textWidth, wrapText } from './metrics';
import type { Shape } from './scene';

const PAD = 12;
const RADIUS = 10;
const BORDER = 3;
/** A label shrinks in these steps before it is cut; 16 px still reads from the back row. */
const LABEL_SIZES = [TYPE.label, 20, 18, 16];
const SUB_LINE = TYPE.sublabel * 1.25;
const GLYPH_SIZE = 18;

/** The small type line under a label: what kind of department, role, task… this is. */
export function sublabel(node: BoardNode, t: TFunction): string[] {
  switch (node.kind) {
    case 'department':
      return [t(`departmentTypes.${node.data.departmentType}`)];
    case 'role': {
      const lines = [t(`roleTypes.${node.data.roleType}`)];
      if (node.data.person) lines.push(node.data.person);
      return lines;
    }
    case 'task': {
      const level = t(`taskLevels.${taskLevel(node.data.taskType, node.data.level)}`);
      const lines = [`${t(`taskTypes.${node.data.taskType}`)} · ${level}`];
      if (node.data.kpi) lines.push(`${t('app.node.kpi')}: ${node.data.kpi}`);
      return lines;
    }
    case 'objective':
      return [t(`objectiveTypes.${node.data.objectiveType}`)];
    case 'external':
      return [t(`externalTypes.${node.data.externalType}`)];
    case 'team':
      return [t('kinds.team')];
    case 'note':
      return [];
  }
}

/** Text lines, top-left anchored at (x, y) = the top of the first line's box. */
function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, fill: string, bold = false): Shape[] {
  // Baseline sits ~0.8 of the font size below the line box top for Helvetica's ascent.
  return lines.map((text, i) => ({ type: 'text', x, y: y + i * lineHeight + size * 0.85, text, size, bold, fill }));
}

export function drawNode(node: BoardNode, box: Box, t: TFunction): Shape[] {
  const style = KIND_STYLES[node.kind];
  const { drawing } = KINDS[node.kind];
  const dash = style.border === 'dashed' ? '10 6' : '';
  const shapes: Shape[] = [
    { type: 'rect', ...box, radius: RADIUS, fill: style.fill, stroke: style.accent, strokeWidth: BORDER, dash },
  ];
  const innerWidth = box.width - 2 * PAD;

  if (drawing === 'container') {
    // The header band: accent colour with white text, like the canvas container.
    shapes.push({ type: 'rect', x: box.x, y: box.y, width: box.width, height: HEADER_HEIGHT, radius: RADIUS, fill: style.accent });
    // Square off the band's lower corners so it joins the body in a straight line.
    shapes.push({ type: 'rect', x: box.x, y: box.y + HEADER_HEIGHT - RADIUS, width: box.width, height: RADIUS, radius: 0, fill: style.accent });
    const headerWidth = innerWidth - GLYPH_SIZE - 8;
    const title = fitText(node.label, headerWidth, [TYPE.departmentHeader, 19, 16], true, () => 1);
    shapes.push({ type: 'text', x: box.x + PAD, y: box.y + 31, text: style.glyph, size: GLYPH_SIZE, fill: '#ffffff' });
    const titleX = box.x + PAD + GLYPH_SIZE + 8;
    shapes.push({ type: 'text', x: titleX, y: box.y + 24 + title.size * 0.35, text: title.lines[0] ?? '', size: title.size, bold: true, fill: '#ffffff' });
    // The department's type goes in the band, right-aligned, when it fits beside the name:
    // below the band the roles start at once (the demo puts them 16 px under it).
    const type = sublabel(node, t)[0];
    const free = headerWidth - textWidth(title.lines[0] ?? '', { size: title.size, bold: true }) - 16;
    if (type !== node.label && textWidth(type, { size: TYPE.sublabel }) <= free) {
      shapes.push({ type: 'text', x: box.x + box.width - PAD, y: box.y + 30, text: type, size: TYPE.sublabel, fill: '#d6e2ef', anchor: 'end' });
    }
    return shapes;
  }

  if (drawing === 'text') {
    const maxLines = Math.max(1, Math.floor((box.height - 2 * PAD) / (TYPE.sublabel * 1.3)));
    const lines = wrapText(node.label, innerWidth, { size: TYPE.sublabel + 2 }, maxLines);
    shapes.push(...textBlock(lines, box.x + PAD, box.y + PAD, TYPE.sublabel + 2, TYPE.sublabel * 1.3, INK));
    return shapes;
  }

  // The kind's glyph in an accent square at the top left, so kinds read without colour too.
  shapes.push({ type: 'rect', x: box.x + PAD, y: box.y + PAD, width: 26, height: 26, radius: 5, fill: style.accent });
  shapes.push({ type: 'text', x: box.x + PAD + 13, y: box.y + PAD + 19, text: style.glyph, size: 16, fill: '#ffffff', anchor: 'middle' });

  const labelX = box.x + PAD + 34;
  const labelWidth = box.width - PAD - 34 - PAD;
  // A role called after its type ("Social media strateeg") need not say it twice.
  const subs = sublabel(node, t).filter((line) => line !== node.label);
  const chips = node.kind === 'role' ? roleChips(node, t) : [];
  const chipSpace = chips.length ? 24 : 0;
  const subSpace = subs.length * SUB_LINE;
  const labelRoom = box.height - 2 * PAD - subSpace - chipSpace;
  const label = fitText(node.label, labelWidth, LABEL_SIZES, true, (size) => Math.max(1, Math.floor(labelRoom / (size * 1.2))));
  shapes.push(...textBlock(label.lines, labelX, box.y + PAD, label.size, label.size * 1.2, INK, true));
  let y = box.y + PAD + Math.max(label.lines.length * label.size * 1.2, 26) + 2;
  for (const sub of subs) {
    if (y + SUB_LINE > box.y + box.height - PAD / 2 - chipSpace) break;
    shapes.push(...textBlock(wrapText(sub, labelWidth, { size: TYPE.sublabel }, 1), labelX, y, TYPE.sublabel, SUB_LINE, style.accent));
    y += SUB_LINE;
  }
  let chipX = labelX;
  for (const chip of chips) {
    const w = textWidth(chip, { size: 13, bold: true }) + 14;
    if (chipX + w > box.x + box.width - PAD) break;
    const chipY = box.y + box.height - PAD - 20;
    shapes.push({ type: 'rect', x: chipX, y: chipY, width: w, height: 20, radius: 10, fill: style.accent });
    shapes.push({ type: 'text', x: chipX + 7, y: chipY + 15, text: chip, size: 13, bold: true, fill: '#ffffff' });
    chipX += w + 6;
  }
  return shapes;
}

/** Mandate and budget are what a lead needs (000 #7), so the canvas shows them as chips. */
function roleChips(node: Extract<BoardNode, { kind: 'role' }>, t: TFunction): string[] {
  const chips: string[] = [];
  if (node.data.mandate) chips.push(t('app.node.mandate'));
  if (node.data.budget) chips.push(t('app.node.budget'));
  return chips;
}
