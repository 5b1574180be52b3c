/** Texts of exports: the diagram's title block, legend and hints, the PDF report, the CLI. */
export const exportTexts = {
  untitled: 'Untitled organisation',
  title: { date: 'Exported {{date}}' },
  legend: { title: 'Legend' },
  hints: {
    title: 'Hints',
    severity: { error: 'Error', warning: 'Warning', tip: 'Tip' },
    source: 'Source: {{source}}',
    none: 'No hints for this board.',
    nodes: 'Concerns: {{nodes}}',
  },
  raster: {
    clamped:
      'At {{requested}}× the image would be {{width}} × {{height}} px, more than can be drawn (at most 16,384 px a side and 268 megapixels). It was exported at {{scale}}× instead.',
  },
  raci: {
    task: 'Task',
    level: 'Level',
    owner: 'Owner',
    problem: 'Problem',
    groups: { department: '{{name}}', teams: 'Teams', externals: 'External parties', unplaced: 'Roles outside a department' },
    ownDepartment: '(department itself)',
    flags: {
      'task-unowned': 'No one is accountable for this task',
      'task-multiple-accountable': 'More than one person is accountable',
    },
    noTasks: 'The board has no tasks yet.',
  },
  report: {
    title: 'Social media organisation',
    subtitle: 'Who does what in social media: roles, tasks and responsibilities',
    diagram: 'The organisation on one page',
    profile: 'Organisation profile',
    counts: 'Board contents',
    countLine: '{{count}} × {{kind}}',
    raci: 'Responsibilities (RACI)',
    raciIntro:
      'R = does the work, A = answers for the result (one per task), C = is consulted, I = is kept informed.',
    hints: 'Hints and points to discuss',
    page: 'Page {{page}} of {{pages}}',
    footer: '{{name}} · {{date}}',
  },
  cli: {
    written: 'Wrote {{file}}',
    writtenPixels: 'Wrote {{file}} ({{width}} × {{height}} px)',
    badFormat: 'Unknown format "{{format}}": use png, svg or pdf.',
    badScale: '--scale must be a number from 0.1 to 16, not "{{scale}}".',
    badBackground: '--background must be white, transparent or theme, not "{{background}}".',
    reportNeedsPdf: '--report makes a PDF: leave out --format or use --format pdf.',
    cannotWrite: 'Cannot write {{file}}: {{detail}}',
    emptyBoard: 'The board has nothing to export.',
  },
};
