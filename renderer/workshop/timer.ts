/**
 * The workshop round timer as a pure state machine over wall-clock time: set, start, pause,
 * reset. Time comes in as an argument, so the view can tick it at any rate (and tests can
 * drive it) without the remaining time drifting with the tick.
 */
export interface TimerState {
  /** The round's length. */
  durationMs: number;
  /** Time left when the timer last stopped or started. */
  remainingAtMarkMs: number;
  /** Wall-clock time it was started, or null while paused. */
  runningSince: number | null;
}

export const MINUTE = 60_000;
/** Limits keep a stray keypress from setting a three-day round. */
export const MAX_DURATION_MS = 180 * MINUTE;

export function createTimer(durationMs = 10 * MINUTE): TimerState {
  const duration = clampDuration(durationMs);
  return { durationMs: duration, remainingAtMarkMs: duration, runningSince: null };
}

export function clampDuration(ms: number): number {
  if (!Number.isFinite(ms)) return MINUTE;
  return Math.max(MINUTE / 60, Math.min(MAX_DURATION_MS, Math.round(ms)));
}

export function remainingMs(timer: TimerState, now: number): number {
  if (timer.runningSince === null) return timer.remainingAtMarkMs;
  return Math.max(0, timer.remainingAtMarkMs - (now - timer.runningSince));
}

export function isRunning(timer: TimerState): boolean {
  return timer.runningSince !== null;
}

export function isFinished(timer: TimerState, now: number): boolean {
  return remainingMs(timer, now) === 0;
}

/** A new round length; stops the timer and fills it up. */
export function setDuration(_timer: TimerState, durationMs: number): TimerState {
  return createTimer(durationMs);
}

export function start(timer: TimerState, now: number): TimerState {
  if (isRunning(timer)) return timer;
  // Starting a finished round starts it again from the top.
  const remaining = timer.remainingAtMarkMs === 0 ? timer.durationMs : timer.remainingAtMarkMs;
  return { ...timer, remainingAtMarkMs: remaining, runningSince: now };
}

export function pause(timer: TimerState, now: number): TimerState {
  if (!isRunning(timer)) return timer;
  return { ...timer, remainingAtMarkMs: remainingMs(timer, now), runningSince: null };
}

export function toggle(timer: TimerState, now: number): TimerState {
  return isRunning(timer) ? pause(timer, now) : start(timer, now);
}

export function reset(timer: TimerState): TimerState {
  return createTimer(timer.durationMs);
}

/** Add (or take off) minutes while running or paused; never below zero. */
export function adjust(timer: TimerState, deltaMs: number, now: number): TimerState {
  const left = Math.max(0, Math.min(MAX_DURATION_MS, remainingMs(timer, now) + deltaMs));
  const durationMs = clampDuration(Math.max(timer.durationMs + deltaMs, left));
  return { durationMs, remainingAtMarkMs: left, runningSince: isRunning(timer) ? now : null };
}

/** "9:05", "0:42", "1:02:00": what the room reads. Rounds up, so 0:00 means truly done. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}
