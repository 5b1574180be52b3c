/**
 * A node's label, or a text field while it is being renamed (double-click or F2). Each
 * node subscribes to one boolean, so starting a rename re-renders only that node.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store';

interface InlineLabelProps {
  id: string;
  label: string;
  className: string;
  multiline?: boolean;
}

export function InlineLabel({ id, label, className, multiline = false }: InlineLabelProps) {
  const renaming = useAppStore((s) => s.renamingId === id);
  if (!renaming) return multiline ? <p className={className}>{label}</p> : <div className={className}>{label}</div>;
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
