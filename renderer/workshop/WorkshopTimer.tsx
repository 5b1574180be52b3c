/**
 * The round timer: a small pill in a corner, readable but out of the way. It ticks from the
 * wall clock (timer.ts), so a busy page never makes it run slow, and ends gently: a soft
 * two-note chime, a slow glow, and an announcement for screen readers.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adjust, formatRemaining, isRunning, MINUTE, pause, remainingMs, reset, setDuration, start } from './timer';
import { useWorkshop } from './workshopStore';

const TICK_MS = 250;
/** The last ending that chimed. */
let chimed = 0;

export function WorkshopTimer() {
  const { t } = useTranslation();
  const timer = useWorkshop((s) => s.timer);
  const endings = useWorkshop((s) => s.timerEndings);
  const update = useWorkshop((s) => s.updateTimer);
  const [now, setNow] = useState(() => Date.now());
  const running = isRunning(timer);
  const left = remainingMs(timer, now);
  const done = endings > 0 && !running && left === 0;

  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => {
      const at = Date.now();
      setNow(at);
      const state = useWorkshop.getState();
      if (remainingMs(state.timer, at) === 0) {
        state.updateTimer((current) => pause(current, at));
        state.signalTimerEnd();
      }
    }, TICK_MS);
    return () => clearInterval(id);
  }, [running]);

  // The pill moves between the workshop bar and the presentation's corner (a new mount):
  // each ending chimes once, not again on every move.
  useEffect(() => {
    if (endings > chimed) {
      chimed = endings;
      chime();
    }
  }, [endings]);

  const time = formatRemaining(left);
  const toggle = () => {
    const at = Date.now();
    setNow(at);
    update((current) => (isRunning(current) ? pause(current, at) : start(current, at)));
  };
  return (
    <div className={`oc-timer ${running ? 'is-running' : ''} ${done ? 'is-done' : ''}`} role="timer" aria-label={t('workshop.timer.label')} data-testid="timer">
      <span className="oc-timer__time" data-testid="timer-time">
        {time}
      </span>
      <button type="button" className="oc-timer__button" onClick={() => update((c) => adjust(c, -MINUTE, Date.now()))} aria-label={t('workshop.timer.minus')}>
        −
      </button>
      <button type="button" className="oc-timer__button oc-timer__main" onClick={toggle}>
        {running ? t('workshop.timer.pause') : t('workshop.timer.start')}
      </button>
      <button type="button" className="oc-timer__button" onClick={() => update((c) => adjust(c, MINUTE, Date.now()))} aria-label={t('workshop.timer.plus')}>
        +
      </button>
      {!running && (
        <label className="oc-timer__set">
          <span className="oc-visually-hidden">{t('workshop.timer.minutes')}</span>
          <input
            type="number"
            min={1}
            max={180}
            value={Math.round(timer.durationMs / MINUTE)}
            onChange={(e) => update((c) => (e.target.valueAsNumber > 0 ? setDuration(c, e.target.valueAsNumber * MINUTE) : c))}
            data-testid="timer-minutes"
          />
        </label>
      )}
      {!running && left !== timer.durationMs && (
        <button type="button" className="oc-timer__button" onClick={() => update(reset)}>
          {t('workshop.timer.reset')}
        </button>
      )}
      <span className="oc-visually-hidden" aria-live="assertive" data-testid="timer-announcement">
        {done ? t('workshop.timer.done') : ''}
      </span>
    </div>
  );
}

/** Two soft sine notes, falling: noticeable in a quiet room, not alarming in a loud one. */
function chime(): void {
  try {
    const AudioContextClass = window.AudioContext;
    if (!AudioContextClass) return;
    const context = new AudioContextClass();
    [659.25, 523.25].forEach((frequency, i) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      const at = context.currentTime + i * 0.45;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.12, at + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.2);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 1.25);
    });
    setTimeout(() => void context.close(), 2500);
  } catch {
    // No audio device (or autoplay refused): the glow and the announcement still signal it.
  }
}
