/*
 * In-page instruments for the bench, injected with Playwright's addInitScript before any
 * page script runs. Plain JavaScript read as text: it must not pass through a TypeScript
 * transform that could add helpers the page does not have.
 *
 * window.__BENCH__ offers:
 *  - frames.start() / frames.stop(): requestAnimationFrame intervals while recording;
 *  - ready: a promise of the time (ms since navigation) at which the canvas first showed
 *    nodes and then got through a whole frame (paint) and one more task, i.e. the moment a
 *    drag can start;
 *  - nextPaint(): resolves after the next frame has been produced and a task has run;
 *  - renders: when window.__BENCH_COUNT_RENDERS__ was set first, a React DevTools hook
 *    that counts which components rendered in each commit (production React calls the hook
 *    too; nothing in the app changes).
 */
/* global window, document, requestAnimationFrame, setTimeout, performance */
(() => {
  const bench = {};
  window.__BENCH__ = bench;

  const afterPaint = () =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
  bench.nextPaint = afterPaint;

  // Frame intervals.
  let recording = false;
  let stamps = [];
  const tick = (t) => {
    if (!recording) return;
    stamps.push(t);
    requestAnimationFrame(tick);
  };
  bench.frames = {
    start() {
      stamps = [];
      recording = true;
      requestAnimationFrame(tick);
    },
    stop() {
      recording = false;
      const intervals = [];
      for (let i = 1; i < stamps.length; i++) intervals.push(stamps[i] - stamps[i - 1]);
      return intervals;
    },
  };

  // Ready: nodes on screen, then one frame painted and one task run after it.
  bench.nodesShown = () => document.querySelectorAll('.react-flow__node').length > 0;
  bench.ready = new Promise((resolve) => {
    const poll = () => {
      if (bench.nodesShown()) afterPaint().then(resolve);
      else requestAnimationFrame(poll);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', poll);
    else poll();
  });

  if (!window.__BENCH_COUNT_RENDERS__) return;

  // React's internal fiber tags and flags (stable since React 16; react-devtools uses them
  // the same way to tell which component rendered in a commit).
  const FUNCTION = 0;
  const CLASS = 1;
  const FORWARD_REF = 11;
  const SIMPLE_MEMO = 15;
  const PERFORMED_WORK = 1;
  const counted = new Set([FUNCTION, CLASS, FORWARD_REF, SIMPLE_MEMO]);
  const NODE_KINDS = new Set(['department', 'role', 'team', 'task', 'objective', 'external', 'note', 'default', 'input', 'output', 'group']);

  const renders = { recording: false, commits: [] };
  bench.renders = renders;

  const nameOf = (fiber) => {
    const type = fiber.type;
    if (!type) return '?';
    const inner = type.render || type.type || type;
    return type.displayName || inner.displayName || inner.name || '(anonymous)';
  };

  const visit = (fiber, previous, out) => {
    if (counted.has(fiber.tag) && (previous === null || (fiber.flags & PERFORMED_WORK) !== 0)) {
      out.total++;
      const props = fiber.memoizedProps || {};
      // The components React Flow renders per node and per edge get the element's id in
      // their props; custom and default nodes have `type` and `data`, edges `source`/`target`.
      if (typeof props.id === 'string' && typeof props.source === 'string' && typeof props.target === 'string') out.edges.add(props.id);
      // The app's edge layer (renderer/canvas/edges/EdgeLayer.tsx) draws an edge from `edge`.
      else if (props.edge && typeof props.edge.id === 'string' && typeof props.edge.source === 'string') out.edges.add(props.edge.id);
      else if (typeof props.id === 'string' && NODE_KINDS.has(props.type) && props.data) out.nodes.add(props.id);
      else {
        const name = nameOf(fiber);
        out.other[name] = (out.other[name] || 0) + 1;
        // Minified names say little: keep the prop names of each kind of component once.
        if (!out.props[name]) out.props[name] = Object.keys(props).slice(0, 8).join(',');
      }
    }
    // Same child pointer: this subtree was not touched in this commit.
    if (previous !== null && fiber.child === previous.child) return;
    for (let child = fiber.child; child; child = child.sibling) visit(child, child.alternate, out);
  };

  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(internals) {
      this.renderers.set(1, internals);
      return 1;
    },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      if (!renders.recording) return;
      const out = { t: performance.now(), total: 0, nodes: new Set(), edges: new Set(), other: {}, props: {} };
      const current = root.current;
      visit(current, current.alternate, out);
      renders.commits.push({ t: out.t, total: out.total, nodes: [...out.nodes], edges: [...out.edges], other: out.other, props: out.props });
    },
  };
})();
