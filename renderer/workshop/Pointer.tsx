/**
 * Laser pointer and spotlight: follow the mouse over everything, but never catch a click, so
 * the facilitator can point and still drag, rename and connect.
 */
import { useEffect, useState } from 'react';
import { useWorkshop } from './workshopStore';

export function Pointer() {
  const mode = useWorkshop((s) => s.pointer);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);

  useEffect(() => {
    if (mode === 'off') return;
    const move = (event: PointerEvent) => setAt({ x: event.clientX, y: event.clientY });
    window.addEventListener('pointermove', move, { passive: true });
    return () => window.removeEventListener('pointermove', move);
  }, [mode]);

  if (mode === 'off') return null;
  const x = at?.x ?? window.innerWidth / 2;
  const y = at?.y ?? window.innerHeight / 2;
  if (mode === 'laser') {
    return <div className="oc-laser" data-testid="laser" aria-hidden="true" style={{ transform: `translate(${x}px, ${y}px)` }} />;
  }
  return (
    <div
      className="oc-spotlight"
      data-testid="spotlight"
      aria-hidden="true"
      style={{ background: `radial-gradient(circle at ${x}px ${y}px, transparent 0 170px, rgba(0, 0, 0, 0.62) 200px)` }}
    />
  );
}
