/**
 * The frame of the export dialog and the RACI view: a dimmed overlay (a click on it closes),
 * a titled modal dialog, Escape to close, the first control focused on open and focus
 * handed back to where it was on close.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  className: string;
  onClose: () => void;
  /** Which control takes focus when it opens: the first that matches. */
  firstFocus: string;
  children: ReactNode;
}

export function ModalDialog({ title, className, onClose, firstFocus, children }: Props) {
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement;
    dialog.current?.querySelector<HTMLElement>(firstFocus)?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
    // Only on open and close: a re-render must not move the user's focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="oc-export__overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        className={className}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={titleId} className="oc-export__title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
