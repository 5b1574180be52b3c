/**
 * 001 notes that success is still measured by meaningless numbers such as the count of
 * followers. A KPI is "vanity" when, leaving out numbers, dates, channel names and filler
 * words ("minstens", "ruim", "doel", "groei", "at least"…), all it counts is followers, fans or
 * likes, Dutch compounds included ("volgersgroei", "fanaantal"). "Followers and leads" is
 * not: it also names a result.
 */
import type { TaskNode } from '../../model/board';
import type { Hint } from '../types';
import type { Check } from './check';
import { makeHint } from './hint';

const VANITY = new Set([
  'follower',
  'followers',
  'fan',
  'fans',
  'fanbase',
  'like',
  'likes',
  'volger',
  'volgers',
  'hartjes',
]);

/** Words that say how much, by when or where, but not what for. */
const FILLER = new Set(
  (
    'the a an of and or to by per in on at for with our we more increase increased grow growth gain get reach reaches ' +
    'double triple number amount total new least minimum min max end this next than from k m ' +
    'at least minimum about around approximately target goal goals aim ' +
    'de het een van en of naar per op in met voor tot te ten minste minimaal minstens ruim circa ca ongeveer boven ' +
    'doel doelen streefdoel streven target meer aantal groei groeien ' +
    'stijging stijgen verhogen verhoging verdubbelen verdubbeling totaal nieuwe nieuw eind einde dit deze ' +
    'volgend volgende dan vanaf bij onze we wij halen behalen krijgen ' +
    'day days week weeks month months year years quarter dag dagen maand maanden jaar jaren kwartaal ' +
    'facebook instagram twitter x linkedin tiktok youtube pinterest threads bluesky mastodon snapchat ' +
    'channel channels kanaal kanalen account accounts page pages pagina paginas platform platforms social media'
  ).split(' '),
);

/**
 * Dutch writes compounds as one word: "volgersgroei", "fanaantal", "likesstijging". A word is
 * a vanity compound when it splits into a vanity word and a filler word (either way round).
 */
function isVanityCompound(word: string): boolean {
  for (let i = 2; i <= word.length - 2; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (VANITY.has(head) && (FILLER.has(tail) || VANITY.has(tail))) return true;
    if (FILLER.has(head) && VANITY.has(tail)) return true;
  }
  return false;
}

export function isVanityKpi(kpi: string): boolean {
  // Dutch "vind-ik-leuks" are likes, however they are hyphenated.
  const text = kpi.toLowerCase().replace(/vind[\s-]*ik[\s-]*leuks?/gu, ' likes ');
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let vanity = false;
  for (const word of words) {
    if (VANITY.has(word) || isVanityCompound(word)) vanity = true;
    // 10000, 10k, 2025, q4, 5x
    else if (/^(\d+[km%x]?|q[1-4])$/.test(word) || FILLER.has(word)) continue;
    else return false;
  }
  return vanity;
}

/** Per task node, for full passes too: a node object changes only when that task is edited. */
const memo = new WeakMap<TaskNode, Hint | null>();

export const vanityKpi: Check = {
  subject: {
    kind: 'task',
    hint(facts, id) {
      const task = facts.task.get(id)!.task;
      const kpi = task.data.kpi;
      if (!kpi) return undefined;
      let hint = memo.get(task);
      if (hint === undefined) {
        hint = isVanityKpi(kpi) ? makeHint('vanity-kpi', [id], [id], { task: task.label, kpi: kpi.trim() }) : null;
        memo.set(task, hint);
      }
      return hint ?? undefined;
    },
  },
};
