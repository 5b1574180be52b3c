/**
 * A node's label, or a text field while it is being renamed (double-click or F2). Starting
 * a rename re-renders only that node, and only the renamed nodes hear about it.
 */
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store';
import { useHyphenate } from '../../workshop/hyphenation';

interface InlineLabelProps {
  id: string;
  label: string;
  className: string;
  multiline?: boolean;
}

/*
 * One store subscription for all labels, fanning out by node id. A selector per label
 * (`useAppStore((s) => s.renamingId === id)`) ran 1,000 selectors on every store change,
 * i.e. on every drag step of a 1,000-node board (tests/bench, issue 9).
 */
const listeners = new Map<string, Set<() => void>>();
let unsubscribeStore: (() => void) | undefined;

function notify(id: string | null) {
  if (id !== null) listeners.get(id)?.forEach((listener) => listener());
}

function subscribeRenaming(id: string, listener: () => void): () => void {
  unsubscribeStore ??= useAppStore.subscribe((state, previous) => {
    if (state.renamingId === previous.renamingId) return;
    notify(previous.renamingId);
    notify(state.renamingId);
  });
  const set = listeners.get(id) ?? new Set();
  set.add(listener);
  listeners.set(id, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(id);
    // The last label gone (board closed): drop the store subscription too, nothing leaks.
    if (listeners.size === 0) {
      unsubscribeStore?.();
      unsubscribeStore = undefined;
    }
  };
}

function useRenaming(id: string): boolean {
  const subscribe = useMemo(() => (listener: () => void) => subscribeRenaming(id, listener), [id]);
  return useSyncExternalStore(subscribe, () => useAppStore.getState().renamingId === id);
}

export function InlineLabel({ id, label, className, multiline = false }: InlineLabelProps) {
  const renaming = useRenaming(id);
  // While presenting, long words break where the language allows, with a hyphen.
  const hyphenate = useHyphenate();
  const text = hyphenate ? hyphenate(label) : label;
  // The whole label as the tooltip: the editor cuts a long one with an ellipsis (nodes.css).
  if (!renaming) return multiline ? <p className={className} title={label}>{text}</p> : <div className={className} title={label}>{text}</div>;
  return <RenameField id={id} label={label} className={className} multiline={multiline} />;
}

function RenameField({ id, label, className, multiline }: Required<InlineLabelProps>) {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    const store = useAppStore.getState();
    const value = ref.current?.value.trim() ?? '';
    if (commit && value && value !== label) store.updateNode(id, { label: value });
    store.setUi({ renamingId: null });
    // Back to the node, so the keyboard user carries on from where they were.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus());
  };
  const props = {
    ref,
    defaultValue: label,
    'aria-label': t('editor.renameField'),
    className: `${className} oc-rename nodrag nopan nowheel`,
    onBlur: () => finish(true),
    onKeyDown: (event: React.KeyboardEvent) => {
      event.stopPropagation();
      if (event.key === 'Escape') finish(false);
      if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
        event.preventDefault();
        finish(true);
      }
    },
  };
  return multiline ? <textarea {...props} rows={3} /> : <input {...props} type="text" />;
}
