/** The application's own words: chrome, panels, status. */
export const app = {
  title: 'OrgCanvas',
  tagline: 'Who owns social media?',
  untitled: 'Untitled board',
  language: 'Language',
  languages: { en: 'English', nl: 'Nederlands' },
  canvas: {
    label: 'Board canvas',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitView: 'Zoom to fit',
    lock: 'Lock the canvas',
    controls: 'Zoom controls',
    minimap: 'Overview map',
    empty: 'This board is empty.',
  },
  legend: {
    title: 'Legend',
    kinds: 'Things',
    relations: 'Relations',
    show: 'Show legend',
    hide: 'Hide legend',
  },
  node: {
    mandate: 'Mandate',
    budget: 'Budget',
    level: 'Level',
    kpi: 'KPI',
    members: '{{count}} members',
  },
  load: {
    failed: 'This board could not be opened',
    demo: 'Demo board',
  },
  cli: {
    ok: 'ok: {{nodes}} nodes, {{edges}} edges',
    usage: 'Usage: orgcanvas <command> [options]',
    unknownCommand: 'Unknown command "{{command}}".',
    cannotRead: 'Cannot read {{file}}: {{detail}}',
    problemLine: '{{path}}: {{message}}',
    wholeFile: '(file)',
  },
};
