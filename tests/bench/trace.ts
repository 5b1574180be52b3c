/**
 * Reads a Chromium performance trace (CDP tracing, `devtools.timeline`) and splits the page's
 * main-thread work into input steps: the time from one input event's dispatch to the next
 * belongs to the first. Per step it sums script (event handlers, timers, animation-frame
 * callbacks, microtasks, GC) and all main-thread tasks (script plus style, layout, paint).
 *
 * Why a trace and not only rAF intervals: headless Chromium ticks rAF at a fixed 60 Hz, so
 * frame intervals hide how close to the budget a step is; the trace shows the work itself.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'EvaluateScript',
  'V8.Execute',
  'v8.callFunction',
  'MinorGC',
  'MajorGC',
]);
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export interface StepWork {
  /** Milliseconds of script per input step. */
  script: number[];
  /** Milliseconds the main thread was busy per input step (script, style, layout, paint). */
  busy: number[];
  /** Main-thread tasks of 50 ms or more during the whole interaction. */
  longTasks: number;
}

type Interval = [number, number];

function union(intervals: Interval[]): Interval[] {
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Total length of `merged` (sorted, disjoint) inside [from, to). */
function within(merged: Interval[], from: number, to: number): number {
  let sum = 0;
  for (const [start, end] of merged) {
    if (end <= from) continue;
    if (start >= to) break;
    sum += Math.min(end, to) - Math.max(start, from);
  }
  return sum;
}

/**
 * `inputTypes`: the DOM event that marks a step (`pointermove` for drags and pans, `wheel`
 * for zooming). The renderer main thread is the one that dispatched most of them.
 */
export function stepWork(events: TraceEvent[], inputTypes: readonly string[]): StepWork {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const dispatches = new Map<string, number[]>();
  for (const e of events) {
    if (e.name !== 'EventDispatch' || !inputTypes.includes(e.args?.data?.type ?? '')) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    if (!dispatches.has(key)) dispatches.set(key, []);
    dispatches.get(key)!.push(e.ts);
  }
  const [main, starts] = [...dispatches.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!main || !starts || starts.length < 2) throw new Error(`The trace holds no ${inputTypes.join('/')} dispatches on a renderer main thread.`);
  starts.sort((a, b) => a - b);
  const onMain = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.dur !== undefined);
  const script = union(onMain.filter((e) => SCRIPT_EVENTS.has(e.name)).map((e): Interval => [e.ts, e.ts + e.dur!]));
  const taskEvents = onMain.filter((e) => TASK_EVENTS.has(e.name));
  const tasks = union(taskEvents.map((e): Interval => [e.ts, e.ts + e.dur!]));
  const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
  const typicalGap = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
  const result: StepWork = { script: [], busy: [], longTasks: 0 };
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    // The last step's work is what follows it for one typical gap (its render and paint).
    const to = i + 1 < starts.length ? starts[i + 1]! : from + typicalGap;
    // A task that began just before the dispatch (the input task itself) counts from `from`.
    result.script.push(within(script, from, to) / 1000);
    result.busy.push(within(tasks, from, to) / 1000);
  }
  const first = starts[0]!;
  const last = starts[starts.length - 1]! + typicalGap;
  result.longTasks = taskEvents.filter((e) => e.ts >= first && e.ts <= last && e.dur! >= 50_000).length;
  return result;
}
