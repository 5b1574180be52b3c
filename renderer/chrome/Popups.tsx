/**
 * Small popups anchored where the user acted: the canvas context menu, the relation
 * picker after a connect gesture, the RACI letter picker on an edge, and the refusal
 * reason when a pair cannot be connected.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { shortcutLabel } from '../../shared/commands/commandList';
import { RACI_LETTERS } from '../../shared/model/vocabulary';
import type { RelationRefusal } from '../../shared/model/relations';
import { phraseParams } from '../../shared/i18n/format';
import { choiceLabel, finishConnection, raciLabel } from '../canvas/connectGesture';
import { isEnabled, runCommand, useCommands } from '../commands/registry';
import { IS_MAC } from '../commands/shortcuts';
import { useAppStore } from '../store/store';
import { useDismiss } from './dismiss';
import type { ScreenPoint } from '../store/uiSlice';

/** Keep a popup inside the window. */
function placed(at: ScreenPoint, width: number, height: number) {
  return { left: Math.max(8, Math.min(at.x, window.innerWidth - width - 8)), top: Math.max(8, Math.min(at.y, window.innerHeight - height - 8)) };
}

/** Menu keyboard: arrows move between items, focus starts on the first; Escape or a press outside closes (dismiss.ts). */
function useMenuKeys(onClose: () => void) {
  const ref = useRef<HTMLDivElement>(null);
  useDismiss(ref, onClose, { modal: true });
  useEffect(() => {
    const previous = document.activeElement;
    ref.current?.querySelector<HTMLElement>('button:not([disabled])')?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);
  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('button:not([disabled])')];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return { ref, onKeyDown };
}

export function Popups() {
  const { contextMenu, connectPicker, raciPicker, refusal } = useAppStore(useShallow((s) => ({
    contextMenu: s.contextMenu,
    connectPicker: s.connectPicker,
    raciPicker: s.raciPicker,
    refusal: s.refusal,
  })));
  return (
    <>
      {contextMenu && <ContextMenu at={contextMenu.at} />}
      {connectPicker && <ConnectPicker />}
      {raciPicker && <RaciPicker />}
      {refusal && <RefusalNotice key={refusal.key} refusal={refusal.refusal} at={refusal.at} />}
    </>
  );
}

function ContextMenu({ at }: { at: ScreenPoint }) {
  const { t } = useTranslation();
  const commands = useCommands();
  const state = useAppStore.getState();
  const hasSelection = state.selectedNodeIds.length + state.selectedEdgeIds.length > 0;
  const close = () => useAppStore.getState().setUi({ contextMenu: null });
  const { ref, onKeyDown } = useMenuKeys(close);
  const shown = commands.filter((c) => c.context === 'both' || c.context === (hasSelection ? 'selection' : 'canvas'));
  const items = shown.filter((c) => isEnabled(c, state) || c.context !== 'selection' || !c.id.startsWith('arrange.'));
  return (
    <div className="oc-popup-backdrop" onContextMenu={(e) => { e.preventDefault(); close(); }}>
      <div ref={ref} className="oc-menu" role="menu" aria-label={t('editor.contextMenu.label')} style={placed(at, 260, items.length * 36 + 20)} onKeyDown={onKeyDown}>
        {items.map((c, index) => {
          const separator = index > 0 && c.group !== items[index - 1].group;
          return (
            <div key={c.id} role="none">
              {separator && <hr className="oc-menu__separator" role="separator" />}
              <button
                type="button"
                role="menuitem"
                className="oc-menu__item"
                disabled={!isEnabled(c, state)}
                data-command={c.id}
                onClick={() => {
                  runCommand(c.id);
                  close();
                }}
              >
                <span>{t(c.labelKey)}</span>
                {c.shortcuts[0] && <kbd>{shortcutLabel(c.shortcuts[0], IS_MAC)}</kbd>}
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}

function ConnectPicker() {
  const { t } = useTranslation();
  const picker = useAppStore((s) => s.connectPicker)!;
  const names = useAppStore(useShallow((s) => ({
    source: s.board.nodes.find((n) => n.id === picker.source)?.label ?? '',
    target: s.board.nodes.find((n) => n.id === picker.target)?.label ?? '',
  })));
  const close = () => useAppStore.getState().setUi({ connectPicker: null });
  const { ref, onKeyDown } = useMenuKeys(close);
  return (
    <div className="oc-popup-backdrop">
      <div
        ref={ref}
        className="oc-menu oc-connect-picker"
        role="menu"
        aria-label={t('editor.connect.pickerLabel', names)}
        style={placed(picker.at, 280, picker.choices.length * 40 + 80)}
        onKeyDown={onKeyDown}
      >
        <p className="oc-menu__title">{t('editor.connect.pickerTitle')}</p>
        {picker.choices.map((choice) => (
          <button
            key={`${choice.relation}-${choice.raci ?? ''}`}
            type="button"
            role="menuitem"
            className="oc-menu__item"
            data-relation={choice.relation}
            data-raci={choice.raci}
            onClick={() => finishConnection(picker.source, picker.target, choice)}
          >
            {choiceLabel(choice)}
          </button>
        ))}
        <button type="button" role="menuitem" className="oc-menu__item oc-menu__item--quiet" onClick={close}>
          {t('editor.connect.cancel')}
        </button>
      </div>
    </div>
  );
}

function RaciPicker() {
  const { t } = useTranslation();
  const picker = useAppStore((s) => s.raciPicker)!;
  const current = useAppStore((s) => s.board.edges.find((e) => e.id === picker.edgeId)?.data?.raci ?? 'R');
  const close = () => useAppStore.getState().setUi({ raciPicker: null });
  const { ref, onKeyDown } = useMenuKeys(close);
  return (
    <div className="oc-popup-backdrop">
      <div ref={ref} className="oc-menu oc-raci-picker" role="menu" aria-label={t('editor.connect.raciTitle')} style={placed(picker.at, 220, 200)} onKeyDown={onKeyDown}>
        {RACI_LETTERS.map((raci) => (
          <button
            key={raci}
            type="button"
            role="menuitemradio"
            aria-checked={raci === current}
            className="oc-menu__item"
            onClick={() => {
              useAppStore.getState().setRaci(picker.edgeId, raci);
              close();
            }}
          >
            {raciLabel(raci, t)}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The reason a connection was refused, spoken and shown where the gesture ended. */
function RefusalNotice({ refusal, at }: { refusal: RelationRefusal; at: ScreenPoint }) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(() => useAppStore.getState().setUi({ refusal: null }), 6000);
    return () => clearTimeout(timer);
  }, []);
  const params = phraseParams(refusal, t);
  return (
    <div className="oc-refusal" role="alert" style={placed({ x: at.x + 12, y: at.y + 12 }, 340, 90)}>
      <strong>{t('editor.connect.refused')}</strong>
      <span>{t(`refusals.${refusal.code}`, params)}</span>
    </div>
  );
}
