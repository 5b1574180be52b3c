/**
 * A modal search list (command palette, find a node, connect to…): type to filter, arrow
 * keys to move, Enter to pick, Escape or a press outside to close (dismiss.ts). Focus
 * returns to where it was.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { searchable } from '../palette/paletteItems';
import { useDismiss } from './dismiss';

export interface SearchItem {
  id: string;
  label: string;
  detail?: string;
  disabled?: boolean;
}

interface SearchDialogProps {
  title: string;
  placeholder: string;
  empty: string;
  items: readonly SearchItem[];
  onPick: (item: SearchItem) => void;
  onClose: () => void;
  className?: string;
}

export function SearchDialog({ title, placeholder, empty, items, onPick, onClose, className = '' }: SearchDialogProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useDismiss(dialog, onClose, { modal: true });
  const listId = useId();
  const titleId = useId();
  // Where focus was before the dialog: captured while rendering, before autoFocus moves it.
  const [previous] = useState(() => document.activeElement);
  useEffect(
    () => () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    },
    [previous],
  );
  const shown = useMemo(() => {
    const q = searchable(query.trim());
    return items.filter((item) => !q || searchable(`${item.label} ${item.detail ?? ''}`).includes(q));
  }, [items, query]);
  const current = Math.min(active, Math.max(0, shown.length - 1));
  const pick = (item: SearchItem | undefined) => {
    if (item && !item.disabled) onPick(item);
  };
  return (
    <div className="oc-overlay">
      <div ref={dialog} className={`oc-dialog oc-search ${className}`} role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId} className="oc-dialog__title">
          {title}
        </h2>
        <input
          ref={input}
          // Focused in the commit itself, so keys typed right after opening land here.
          autoFocus
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={shown[current] ? `${listId}-${current}` : undefined}
          aria-label={placeholder}
          placeholder={placeholder}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((current + 1) % Math.max(1, shown.length));
            else if (e.key === 'ArrowUp') setActive((current - 1 + shown.length) % Math.max(1, shown.length));
            else if (e.key === 'Enter') pick(shown[current]);
            else return;
            e.preventDefault();
            e.stopPropagation();
          }}
        />
        <ul className="oc-search__list" role="listbox" id={listId} aria-label={title}>
          {shown.length === 0 && <li className="oc-search__empty">{empty}</li>}
          {shown.map((item, index) => (
            <li
              key={item.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              aria-disabled={item.disabled || undefined}
              className={`oc-search__item ${index === current ? 'is-active' : ''} ${item.disabled ? 'is-disabled' : ''}`}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(item)}
            >
              <span>{item.label}</span>
              {item.detail && <span className="oc-search__detail">{item.detail}</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
