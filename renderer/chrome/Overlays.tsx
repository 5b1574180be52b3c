/** The modal overlays opened by commands: command palette, find, connect to…, help. */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMAND_MENUS, isCommandId, shortcutLabel } from '../../shared/commands/commandList';
import { connectOptions } from '../../shared/edit';
import { canvasApi, focusNode } from '../commands/canvasApi';
import { isEnabled, runCommand, useCommands } from '../commands/registry';
import { IS_MAC } from '../commands/shortcuts';
import { requestConnection } from '../canvas/connectGesture';
import { useAppStore } from '../store/store';
import { useDismiss } from './dismiss';
import { SearchDialog, type SearchItem } from './SearchDialog';

const close = () => useAppStore.getState().setUi({ overlay: null });

export function Overlays() {
  const overlay = useAppStore((s) => s.overlay);
  if (overlay === 'commandPalette') return <CommandPalette />;
  if (overlay === 'find') return <FindNode />;
  if (overlay === 'connectTarget') return <ConnectTarget />;
  if (overlay === 'help') return <HelpOverlay />;
  return null;
}

function CommandPalette() {
  const { t } = useTranslation();
  const commands = useCommands();
  const items = useMemo<SearchItem[]>(() => {
    const state = useAppStore.getState();
    return commands
      .filter((c) => c.id !== 'view.commandPalette')
      .map((c) => ({ id: c.id, label: t(c.labelKey), detail: c.shortcuts[0] ? shortcutLabel(c.shortcuts[0], IS_MAC) : undefined, disabled: !isEnabled(c, state) }));
  }, [commands, t]);
  return (
    <SearchDialog
      title={t('editor.commandPalette.title')}
      placeholder={t('editor.commandPalette.search')}
      empty={t('editor.commandPalette.none')}
      items={items}
      onClose={close}
      onPick={(item) => {
        close();
        // The items are the registered commands, by id.
        if (isCommandId(item.id)) runCommand(item.id);
      }}
    />
  );
}

function nodeItems(t: (key: string) => string, exclude?: string): SearchItem[] {
  return useAppStore
    .getState()
    .board.nodes.filter((n) => n.id !== exclude)
    .map((n) => ({ id: n.id, label: n.label, detail: t(`kinds.${n.kind}`) }));
}

function FindNode() {
  const { t } = useTranslation();
  const items = useMemo(() => nodeItems(t), [t]);
  return (
    <SearchDialog
      title={t('editor.find.title')}
      placeholder={t('editor.find.search')}
      empty={t('editor.find.none')}
      items={items}
      onClose={close}
      onPick={(item) => {
        close();
        useAppStore.getState().select([item.id], []);
        canvasApi()?.flow.fitView({ nodes: [{ id: item.id }], padding: 0.6, maxZoom: 1.2, duration: 250 });
        focusNode(item.id);
      }}
    />
  );
}

function ConnectTarget() {
  const { t } = useTranslation();
  const source = useAppStore((s) => (s.selectedNodeIds.length === 1 ? s.board.nodes.find((n) => n.id === s.selectedNodeIds[0]) : undefined));
  const items = useMemo(() => {
    if (!source) return [];
    const board = useAppStore.getState().board;
    // Nodes it can connect to come first; the others stay listed (last), so picking one
    // shows the reason instead of silently hiding the node.
    const items = nodeItems(t, source.id);
    const fits = (item: SearchItem) => connectOptions(board, source.id, item.id).kind === 'choices';
    return [...items.filter(fits), ...items.filter((item) => !fits(item))];
  }, [source, t]);
  if (!source) return null;
  return (
    <SearchDialog
      title={t('editor.connect.targetTitle', { source: source.label })}
      placeholder={t('editor.connect.targetSearch')}
      empty={t('editor.connect.noTargets')}
      items={items}
      onClose={close}
      onPick={(item) => {
        close();
        const box = document.querySelector('.oc-canvas')?.getBoundingClientRect();
        requestConnection(source.id, item.id, { x: (box?.left ?? 0) + (box?.width ?? 0) / 2, y: (box?.top ?? 0) + (box?.height ?? 0) / 2 });
      }}
    />
  );
}

function HelpOverlay() {
  const { t } = useTranslation();
  const commands = useCommands();
  const dialog = useRef<HTMLDivElement>(null);
  useDismiss(dialog, close, { modal: true });
  return (
    <div className="oc-overlay">
      <div
        ref={dialog}
        className="oc-dialog oc-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="oc-help-title"
        onKeyDown={(e) => {
          // Escape closes it as every overlay does (dismiss.ts); `?` toggles it.
          if (e.key === '?') {
            e.preventDefault();
            close();
          }
        }}
      >
        <div className="oc-help__head">
          <h2 id="oc-help-title" className="oc-dialog__title">
            {t('editor.help.title')}
          </h2>
          <button type="button" className="oc-button" autoFocus onClick={close}>
            {t('editor.help.close')}
          </button>
        </div>
        <div className="oc-help__columns">
          {COMMAND_MENUS.map((menu) => {
            const list = commands.filter((c) => c.menu === menu && c.shortcuts.length > 0);
            if (list.length === 0) return null;
            return (
              <section key={menu}>
                <h3>{t(`editor.menus.${menu}`)}</h3>
                <dl>
                  {list.map((c) => (
                    <div key={c.id} className="oc-help__row">
                      <dt>{t(c.labelKey)}</dt>
                      <dd>
                        {c.shortcuts.map((s) => (
                          <kbd key={s}>{shortcutLabel(s, IS_MAC)}</kbd>
                        ))}
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            );
          })}
          <section>
            <h3>{t('editor.help.mouse')}</h3>
            <ul>
              {(['marquee', 'pan', 'multi', 'rename', 'menu'] as const).map((k) => (
                <li key={k}>{t(`editor.help.mouseTips.${k}`)}</li>
              ))}
            </ul>
            <h3>{t('editor.help.keyboard')}</h3>
            <ul>
              {(['tab', 'create', 'connect'] as const).map((k) => (
                <li key={k}>{t(`editor.help.keyboardTips.${k}`)}</li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
