/**
 * Inspector fields. Text commits on Enter or when focus leaves (one undo step per edit,
 * not per keystroke); selects and checkboxes commit at once.
 */
import { useId, useState } from 'react';

export function TextField({ label, value, onCommit, multiline = false, name }: { label: string; value: string; onCommit: (value: string) => void; multiline?: boolean; name: string }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // A change from elsewhere (undo, rename on the canvas) shows up in the field.
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <div className="oc-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} name={name} rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
      ) : (
        <input
          id={id}
          name={name}
          type="text"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(value);
          }}
        />
      )}
    </div>
  );
}

export function SelectField<T extends string>({ label, value, options, onChange, name }: { label: string; value: T; options: readonly { value: T; label: string }[]; onChange: (value: T) => void; name: string }) {
  const id = useId();
  return (
    <div className="oc-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField({ label, checked, onChange, name }: { label: string; checked: boolean; onChange: (checked: boolean) => void; name: string }) {
  return (
    <label className="oc-field oc-field--check">
      <input type="checkbox" name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
