/**
 * The inspector: every field of the selected node or relation, or the organisation profile
 * when nothing is selected. It subscribes to the one selected record, never to the whole
 * node list, so dragging elsewhere does not re-render it.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { BoardEdge, BoardNode } from '../../shared/model/board';
import { CULTURES, MARKETS, ORG_SIZES, RACI_LETTERS, type NodeKind } from '../../shared/model/vocabulary';
import { KINDS } from '../../shared/model/kinds';
import { raciLabel } from '../canvas/connectGesture';
import { runCommand } from '../commands/registry';
import { useAppStore, type AppState } from '../store/store';
import { SelectField, TextField } from './fields';
import { KIND_SECTIONS, type Section } from './kindSections';

export function Inspector() {
  const { t } = useTranslation();
  const { nodeCount, edgeCount, nodeId, edgeId } = useAppStore(
    useShallow((s) => ({
      nodeCount: s.selectedNodeIds.length,
      edgeCount: s.selectedEdgeIds.length,
      nodeId: s.selectedNodeIds.length === 1 && s.selectedEdgeIds.length === 0 ? s.selectedNodeIds[0] : null,
      edgeId: s.selectedEdgeIds.length === 1 && s.selectedNodeIds.length === 0 ? s.selectedEdgeIds[0] : null,
    })),
  );
  const node = useAppStore(useMemo(() => selectedNodeSelector(nodeId), [nodeId]));
  const edge = useAppStore((s) => (edgeId ? s.board.edges.find((e) => e.id === edgeId) : undefined));
  let body;
  if (node) body = <NodeFields key={node.id} node={node} />;
  else if (edge) body = <EdgeFields key={edge.id} edge={edge} />;
  else if (nodeCount + edgeCount > 1) body = <p className="oc-inspector__note">{t('editor.inspector.multiple', { count: nodeCount + edgeCount })}</p>;
  else body = <ProfileFields />;
  return (
    <section className="oc-inspector" aria-label={t('editor.inspector.title')}>
      <h2 className="oc-panel__title">{t('editor.inspector.title')}</h2>
      {body}
    </section>
  );
}

/*
 * The selected node, but the same object while only its position or size changes: the
 * inspector shows neither, and dragging the selected node re-rendered all its fields on
 * every step (tests/bench rerender row). Fields write patches by id, never the whole node.
 */
function selectedNodeSelector(nodeId: string | null) {
  let last: BoardNode | undefined;
  return (s: AppState): BoardNode | undefined => {
    const node = nodeId ? s.board.nodes.find((n) => n.id === nodeId) : undefined;
    if (!(node && last && samePlacementAside(node, last))) last = node;
    return last;
  };
}

function samePlacementAside(a: BoardNode, b: BoardNode): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof BoardNode)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === 'position' || key === 'width' || key === 'height' || a[key] === b[key]);
}

function ProfileFields() {
  const { t } = useTranslation();
  const profile = useAppStore((s) => s.board.profile);
  const setProfile = useAppStore((s) => s.setProfile);
  return (
    <div className="oc-inspector__fields">
      <h3>{t('editor.inspector.profile')}</h3>
      <p className="oc-inspector__note">{t('editor.inspector.empty')}</p>
      <TextField name="profile-name" label={t('profile.name')} value={profile.name} onCommit={(name) => setProfile({ name })} />
      <SelectField name="profile-size" label={t('profile.size')} value={profile.size} options={ORG_SIZES.map((v) => ({ value: v, label: t(`profile.sizes.${v}`) }))} onChange={(size) => setProfile({ size })} />
      <SelectField name="profile-market" label={t('profile.market')} value={profile.market} options={MARKETS.map((v) => ({ value: v, label: t(`profile.markets.${v}`) }))} onChange={(market) => setProfile({ market })} />
      <SelectField name="profile-culture" label={t('profile.culture')} value={profile.culture} options={CULTURES.map((v) => ({ value: v, label: t(`profile.cultures.${v}`) }))} onChange={(culture) => setProfile({ culture })} />
    </div>
  );
}

function NodeFields({ node }: { node: BoardNode }) {
  const { t } = useTranslation();
  const update = useAppStore((s) => s.updateNode);
  const parentLabel = useAppStore((s) => (node.parentId ? s.board.nodes.find((n) => n.id === node.parentId)?.label : undefined));
  const set = (data: Record<string, unknown>) => update(node.id, { data });
  // A text kind's label is its text (a sticky note): edited over several lines, no notes beside it.
  const isText = KINDS[node.kind].drawing === 'text';
  // Each kind's section takes its own node; the lookup pairs them, which TS cannot follow here.
  const Section = KIND_SECTIONS[node.kind] as Section<NodeKind>;
  return (
    <div className="oc-inspector__fields" data-kind={node.kind}>
      <h3>{t(`kinds.${node.kind}`)}</h3>
      <TextField
        name="label"
        label={isText ? t('editor.inspector.text') : t('editor.inspector.label')}
        value={node.label}
        multiline={isText}
        onCommit={(label) => label.trim() && update(node.id, { label: label.trim() })}
      />
      {Section && <Section node={node} t={t} set={set} parentLabel={parentLabel} />}
      {!isText && <TextField name="notes" label={t('editor.inspector.notes')} value={node.notes ?? ''} multiline onCommit={(notes) => update(node.id, { notes })} />}
      <button type="button" className="oc-button oc-button--danger" onClick={() => runCommand('edit.delete')}>
        {t('editor.inspector.deleteNode', { kind: t(`kinds.${node.kind}`).toLowerCase() })}
      </button>
    </div>
  );
}

function EdgeFields({ edge }: { edge: BoardEdge }) {
  const { t } = useTranslation();
  const setRaci = useAppStore((s) => s.setRaci);
  const ends = useAppStore(
    useShallow((s) => ({
      from: s.board.nodes.find((n) => n.id === edge.source)?.label ?? edge.source,
      to: s.board.nodes.find((n) => n.id === edge.target)?.label ?? edge.target,
    })),
  );
  return (
    <div className="oc-inspector__fields" data-relation={edge.kind}>
      <h3>{t(`relations.${edge.kind}`)}</h3>
      <p className="oc-inspector__note">
        {t('editor.inspector.from')}: <strong>{ends.from}</strong>
        <br />
        {t('editor.inspector.to')}: <strong>{ends.to}</strong>
      </p>
      {edge.kind === 'responsible' && (
        <SelectField
          name="raci"
          label={t('editor.inspector.raci')}
          value={edge.data?.raci ?? 'R'}
          options={RACI_LETTERS.map((v) => ({ value: v, label: raciLabel(v, t) }))}
          onChange={(raci) => setRaci(edge.id, raci)}
        />
      )}
      <button type="button" className="oc-button oc-button--danger" onClick={() => runCommand('edit.delete')}>
        {t('editor.inspector.deleteEdge')}
      </button>
    </div>
  );
}
