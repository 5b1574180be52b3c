/**
 * The app's modal dialog: the export dialog, the RACI view and the questions the app asks
 * (AppDialogs.tsx) share it. A dimmed overlay, a titled dialog, Escape or a press outside to
 * close (dismiss.ts, as every overlay), the first matching control focused on open and
 * focus handed back to where it was on close.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useDismiss } from './dismiss';

interface Props {
  title: string;
  className: string;
  onClose: () => void;
  /** Which control takes focus when it opens: the first that matches. */
  firstFocus: string;
  /** The dialog's role: `alertdialog` for a question that needs an answer. */
  role?: 'dialog' | 'alertdialog';
  /** Id of the text that says what the dialog is about (aria-describedby). */
  describedBy?: string;
  children: ReactNode;
}

export function ModalDialog({ title, className, onClose, firstFocus, role = 'dialog', describedBy, children }: Props) {
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  useDismiss(dialog, onClose, { modal: true });

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
    <div className="oc-modal">
      <div ref={dialog} className={className} role={role} aria-modal="true" aria-labelledby={titleId} aria-describedby={describedBy}>
        <h2 id={titleId} className="oc-modal__title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
