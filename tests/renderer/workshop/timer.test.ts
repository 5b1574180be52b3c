import { describe, expect, it } from 'vitest';
import {
  adjust,
  createTimer,
  formatRemaining,
  isFinished,
  isRunning,
  MAX_DURATION_MS,
  MINUTE,
  pause,
  remainingMs,
  reset,
  setDuration,
  start,
  toggle,
} from '../../../renderer/workshop/timer';

describe('workshop timer', () => {
  it('counts down from the set duration only while running', () => {
    let t = setDuration(createTimer(), 5 * MINUTE);
    expect(remainingMs(t, 1_000)).toBe(5 * MINUTE);
    t = start(t, 1_000);
    expect(isRunning(t)).toBe(true);
    expect(remainingMs(t, 61_000)).toBe(4 * MINUTE);
    t = pause(t, 61_000);
    // Paused: a coffee break later it still shows 4:00.
    expect(remainingMs(t, 900_000)).toBe(4 * MINUTE);
    t = start(t, 900_000);
    expect(remainingMs(t, 930_000)).toBe(4 * MINUTE - 30_000);
  });

  it('finishes at zero and never goes negative', () => {
    const t = start(createTimer(MINUTE), 0);
    expect(isFinished(t, 59_999)).toBe(false);
    expect(isFinished(t, 60_000)).toBe(true);
    expect(remainingMs(t, 10 * MINUTE)).toBe(0);
  });

  it('starts a finished round again from the top', () => {
    let t = start(createTimer(MINUTE), 0);
    t = pause(t, 2 * MINUTE);
    expect(remainingMs(t, 2 * MINUTE)).toBe(0);
    t = start(t, 3 * MINUTE);
    expect(remainingMs(t, 3 * MINUTE)).toBe(MINUTE);
  });

  it('toggles, resets and adjusts', () => {
    let t = toggle(createTimer(10 * MINUTE), 0);
    expect(isRunning(t)).toBe(true);
    t = toggle(t, MINUTE);
    expect(isRunning(t)).toBe(false);
    t = adjust(t, 2 * MINUTE, MINUTE);
    expect(remainingMs(t, MINUTE)).toBe(11 * MINUTE);
    t = adjust(t, -20 * MINUTE, MINUTE);
    expect(remainingMs(t, MINUTE)).toBe(0);
    expect(remainingMs(reset(t), 0)).toBe(t.durationMs);
  });

  it('clamps absurd durations', () => {
    expect(createTimer(10 * 24 * 60 * MINUTE).durationMs).toBe(MAX_DURATION_MS);
    expect(createTimer(Number.NaN).durationMs).toBe(MINUTE);
    expect(createTimer(-5).durationMs).toBeGreaterThan(0);
  });

  it('formats what the room reads, rounding up', () => {
    expect(formatRemaining(10 * MINUTE)).toBe('10:00');
    expect(formatRemaining(65_000)).toBe('1:05');
    expect(formatRemaining(400)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(62 * MINUTE)).toBe('1:02:00');
  });
});
