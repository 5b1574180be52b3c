/**
 * The questions the app asks: "are you sure?" and "what name?". They replace the browser's
 * `confirm` and `prompt`, which Electron does not implement (electron/electron#472), so a
 * board could not be renamed, nor the trash emptied, in the desktop app. Callers await an
 * answer:
 *
 *   if (await askConfirm({ title, message, confirm: t('…') })) emptyTrash();
 *   const name = await askText({ title, label, value: row.name });   // null: cancelled
 *
 * One question at a time: a second one waits for the first to be answered. `<AppDialogs/>`
 * is mounted once (library/LibraryGate.tsx), over the start screen and the editor alike.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { ModalDialog } from './ModalDialog';

interface ConfirmQuestion {
  kind: 'confirm';
  title: string;
  message: string;
  /** The label of the button that says yes ("Empty trash", "Overwrite"). */
  confirm: string;
  danger?: boolean;
}

interface TextQuestion {
  kind: 'text';
  title: string;
  label: string;
  value: string;
  confirm: string;
  maxLength?: number;
}

type Question = (ConfirmQuestion | TextQuestion) & { answer: (value: boolean | string | null) => void };

const useQuestions = create<{ queue: Question[] }>()(() => ({ queue: [] }));

function ask(question: Omit<ConfirmQuestion, 'kind'> & { kind?: 'confirm' }): Promise<boolean>;
function ask(question: Omit<TextQuestion, 'kind'> & { kind: 'text' }): Promise<string | null>;
function ask(question: Omit<ConfirmQuestion | TextQuestion, 'kind'> & { kind?: 'confirm' | 'text' }): Promise<boolean | string | null> {
  return new Promise((resolve) => {
    const answer = (value: boolean | string | null) => {
      useQuestions.setState((s) => ({ queue: s.queue.filter((q) => q !== entry) }));
      resolve(value);
    };
    const entry = { kind: 'confirm', ...question, answer } as Question;
    useQuestions.setState((s) => ({ queue: [...s.queue, entry] }));
  });
}

/** Ask yes or no; resolves true only when the user confirms. */
export function askConfirm(question: Omit<ConfirmQuestion, 'kind'>): Promise<boolean> {
  return ask(question);
}

/** Ask for a line of text; resolves to the trimmed text, or null when cancelled. Empty text is refused in the dialog. */
export function askText(question: Omit<TextQuestion, 'kind'>): Promise<string | null> {
  return ask({ ...question, kind: 'text' });
}

export function AppDialogs() {
  const question = useQuestions((s) => s.queue[0]);
  if (!question) return null;
  return question.kind === 'confirm' ? <ConfirmDialog key={queueKey(question)} question={question} /> : <TextDialog key={queueKey(question)} question={question} />;
}

const keys = new WeakMap<Question, number>();
let nextKey = 0;
function queueKey(question: Question): number {
  if (!keys.has(question)) keys.set(question, nextKey++);
  return keys.get(question)!;
}

function ConfirmDialog({ question }: { question: ConfirmQuestion & Pick<Question, 'answer'> }) {
  const { t } = useTranslation();
  const messageId = useId();
  return (
    <ModalDialog
      title={question.title}
      className="oc-ask"
      role="alertdialog"
      describedBy={messageId}
      onClose={() => question.answer(false)}
      // The safe answer takes focus: Enter right after opening never destroys anything.
      firstFocus="[data-answer='cancel']"
    >
      <p id={messageId} className="oc-ask__message">
        {question.message}
      </p>
      <div className="oc-ask__actions">
        <button type="button" className="oc-button" data-answer="cancel" onClick={() => question.answer(false)}>
          {t('app.dialog.cancel')}
        </button>
        <button type="button" className={question.danger ? 'oc-button oc-button--danger' : 'oc-button oc-button--primary'} data-answer="confirm" onClick={() => question.answer(true)}>
          {question.confirm}
        </button>
      </div>
    </ModalDialog>
  );
}

function TextDialog({ question }: { question: TextQuestion & Pick<Question, 'answer'> }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(question.value);
  const [refused, setRefused] = useState(false);
  const errorId = useId();
  return (
    <ModalDialog title={question.title} className="oc-ask" onClose={() => question.answer(null)} firstFocus="input">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const text = value.trim();
          if (!text) setRefused(true);
          else question.answer(text.slice(0, question.maxLength ?? 200));
        }}
      >
        <label className="oc-ask__field">
          {question.label}
          <input
            value={value}
            maxLength={question.maxLength ?? 200}
            aria-invalid={refused || undefined}
            aria-describedby={refused ? errorId : undefined}
            onChange={(e) => {
              setValue(e.target.value);
              setRefused(false);
            }}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        {refused && (
          <p id={errorId} className="oc-ask__error" role="alert">
            {t('app.dialog.emptyName')}
          </p>
        )}
        <div className="oc-ask__actions">
          <button type="button" className="oc-button" onClick={() => question.answer(null)}>
            {t('app.dialog.cancel')}
          </button>
          <button type="submit" className="oc-button oc-button--primary">
            {question.confirm}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
