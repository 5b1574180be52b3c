/**
 * One task's RACI changes in words: "Webcare: A moves from Marketing's community manager to
 * Klantenservice's webcare coordinator; Communicatie gains C". A letter that leaves one
 * holder and arrives at another is told as a move; what is left is gained or lost.
 */
import type { TFunction } from 'i18next';
import type { Raci } from '../model/vocabulary';
import type { BothNames } from './changeText';
import { listOf } from './names';
import type { LetterChange, TaskRaciChange } from './raciChanges';

/** The accountable owner first: the letter a client asks about first. */
const TOLD: readonly Raci[] = ['A', 'R', 'C', 'I'];

/** Letters per holder, holders in order of first appearance, letters in the order given. */
function byHolder(changes: readonly LetterChange[]): [string, Raci[]][] {
  const out = new Map<string, Raci[]>();
  for (const { holder, letter } of changes) out.set(holder, [...(out.get(holder) ?? []), letter]);
  return [...out];
}

export function raciParts(change: TaskRaciChange, names: BothNames, t: TFunction): string[] {
  const parts: string[] = [];
  const gained = [...change.gained];
  const lost = [...change.lost];
  for (const letter of TOLD) {
    const from = lost.filter((l) => l.letter === letter);
    const to = gained.filter((l) => l.letter === letter);
    if (!from.length || !to.length) continue;
    parts.push(
      t('changePlan.raci.moves', {
        letter,
        from: listOf(from.map((l) => names.before.holder(l.holder)), t),
        to: listOf(to.map((l) => names.after.holder(l.holder)), t),
      }),
    );
    // What moved is told; it is neither gained nor lost any more.
    for (const l of from) lost.splice(lost.indexOf(l), 1);
    for (const l of to) gained.splice(gained.indexOf(l), 1);
  }
  for (const [holder, letters] of byHolder(gained)) parts.push(t('changePlan.raci.gains', { holder: names.after.holder(holder), letters: listOf(letters, t) }));
  for (const [holder, letters] of byHolder(lost)) parts.push(t('changePlan.raci.loses', { holder: names.before.holder(holder), letters: listOf(letters, t) }));
  return parts;
}

export function raciLine(change: TaskRaciChange, names: BothNames, t: TFunction): string {
  const task = names.after.node(change.task) ? names.after.label(change.task) : names.before.label(change.task);
  return t('changePlan.raci.line', { task, parts: raciParts(change, names, t).join('; ') });
}
