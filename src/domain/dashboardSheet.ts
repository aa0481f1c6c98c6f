// The Dashboard sheet laid out from a report: headings, numbers, status words and colours, and the charts' data blocks.
import {
  ACTION_STATUSES,
  type DashboardReport,
  GUIDE_STEPS,
  type Health,
  LEVELS,
  type Level,
  MEETINGS_TARGET,
  MEMBERS_TARGET,
  NAMED_ROLES,
  SEED_SECTORS,
} from './dashboard';
import { longDate } from './dates';
import { type Language, type MessageKey, t } from './i18n';
import { columnHeader, columnLetter, listLabel, sheetTitle } from './schema';

/** Strings are text to show (the adapter writes them as text), numbers stay numbers. */
export type DashboardCell = string | number;

export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A range as Range.getA1Notation() writes it: "N3:O9", or "N3" for one cell. */
export function a1Notation(range: GridRange): string {
  const first = `${columnLetter(range.column)}${range.row}`;
  if (range.numRows === 1 && range.numColumns === 1) return first;
  return `${first}:${columnLetter(range.column + range.numColumns - 1)}${range.row + range.numRows - 1}`;
}

export type DashboardChartKey = 'actions' | 'sectors' | 'stakeholders';

/** An embedded chart over one of the data blocks, in the names Charts.ChartType and Google Charts' options use. */
export interface DashboardChart {
  key: DashboardChartKey;
  type: 'PIE' | 'BAR' | 'BUBBLE';
  range: GridRange;
  anchor: { row: number; column: number };
  options: Record<string, unknown>;
}

export interface DashboardSheet {
  /** A full rectangle, written at A1 in one call. */
  values: DashboardCell[][];
  backgrounds: (string | null)[][];
  bold: boolean[][];
  charts: DashboardChart[];
}

/** Sheets' light red, yellow and green fills, the ones its own conditional formatting offers. */
export const HEALTH_COLOURS: Record<Health, string | null> = {
  good: '#d9ead3',
  warning: '#fff2cc',
  alarm: '#f4cccc',
  unknown: null,
};

/** The report takes columns A–E; the charts sit from column G, over the data blocks written from column N. */
const REPORT_WIDTH = 5;
const CHART_COLUMN = 7;
const DATA_COLUMN = 14;
const DATA_WIDTH = 5;
const WIDTH = DATA_COLUMN + DATA_WIDTH - 1;
const CHART_SIZE = { width: 560, height: 330 };
const CHART_ROWS = 18;
/** Long lists are cut, so the report stays readable whatever the rows. */
const LIST_LIMIT = 25;

/** The colours Google Charts gives each action status, in ACTION_STATUSES order, then "without a status". */
const STATUS_COLOURS = ['#9e9e9e', '#4285f4', '#34a853', '#ea4335', '#dadce0'];

interface Line {
  cells: DashboardCell[];
  /** Colours the status word (third cell). */
  health?: Health;
  heading?: boolean;
}

const score = (level: Level) => LEVELS.indexOf(level) + 1;

/** The classic stakeholder map's four strategies; medium counts on the side that asks more attention. */
function quadrant(influence: Level, interest: Level): MessageKey {
  const high = (level: Level) => score(level) >= 2;
  if (high(influence))
    return high(interest) ? 'dashboard.quadrant.manageClosely' : 'dashboard.quadrant.keepSatisfied';
  return high(interest) ? 'dashboard.quadrant.keepInformed' : 'dashboard.quadrant.monitor';
}

function limited<T>(items: readonly T[], language: Language, line: (item: T) => Line): Line[] {
  const lines = items.slice(0, LIST_LIMIT).map(line);
  if (items.length > LIST_LIMIT) {
    lines.push({ cells: [t(language, 'dashboard.more', { count: items.length - LIST_LIMIT })] });
  }
  return lines;
}

/** Names in one cell, the first LIST_LIMIT of them: 5,000 members without an email would not fit in a cell. */
function someNames(names: readonly string[], language: Language): string {
  const shown = names.slice(0, LIST_LIMIT).join(', ');
  return names.length > LIST_LIMIT
    ? `${shown} ${t(language, 'dashboard.more', { count: names.length - LIST_LIMIT })}`
    : shown;
}

function reportLines(report: DashboardReport, language: Language, allianceName: string): Line[] {
  const say = (key: MessageKey, params = {}) => t(language, key, params);
  const date = (iso: string) => longDate(iso, language);
  const heading = (key: MessageKey): Line[] => [{ cells: [] }, { cells: [say(key)], heading: true }];
  const band = (count: number, target: { min: number; max: number }) =>
    count < target.min ? 'below' : count > target.max ? 'above' : 'good';
  const { members, sectors, meetings, actions, charter, roles, sustainability, guide } = report;
  const missingSectors = sectors.missing.map((sector) => listLabel(language, 'sector', sector)).join(', ');
  const review = sustainability.reviewBy
    ? say(sustainability.health === 'alarm' ? 'dashboard.review.alarm' : 'dashboard.review.good', {
        days: sustainability.daysLeft ?? 0,
        end: date(sustainability.workPlanEnd ?? ''),
      })
    : say('dashboard.review.unknown');

  return [
    {
      cells: [allianceName ? `${say('dashboard.heading')} – ${allianceName}` : say('dashboard.heading')],
      heading: true,
    },
    { cells: [say('dashboard.refreshedOn', { date: date(report.today) })] },

    ...heading('dashboard.section.alliance'),
    {
      cells: [
        say('dashboard.members'),
        members.count,
        say(`dashboard.members.${band(members.count, MEMBERS_TARGET)}`),
      ],
      health: members.health,
    },
    {
      cells: [
        say('dashboard.sectors'),
        `${SEED_SECTORS.length - sectors.missing.length} / ${SEED_SECTORS.length}`,
        sectors.missing.length
          ? say('dashboard.sectors.missing', { sectors: missingSectors })
          : say('dashboard.sectors.good'),
      ],
      health: sectors.health,
    },
    {
      cells: [
        say('dashboard.roles'),
        `${NAMED_ROLES.length - roles.missing.length} / ${NAMED_ROLES.length}`,
        roles.missing.length
          ? say('dashboard.roles.missing', {
              count: roles.missing.length,
              roles: roles.missing.map((role) => listLabel(language, 'role', role)).join(', '),
            })
          : say('dashboard.roles.good'),
      ],
      health: roles.health,
    },
    {
      cells: [
        say('dashboard.charter'),
        charter.members === 0 ? '' : `${charter.signed} / ${charter.members}`,
        charter.members === 0
          ? say('dashboard.noMembers')
          : charter.signed === charter.members
            ? say('dashboard.charter.good')
            : say('dashboard.charter.missing', { count: charter.members - charter.signed }),
      ],
      health: charter.health,
    },

    ...heading('dashboard.section.meetings'),
    {
      cells: [
        say('dashboard.meetings'),
        meetings.held,
        say(`dashboard.meetings.${band(meetings.held, MEETINGS_TARGET)}`),
      ],
      health: meetings.health,
    },
    meetings.next
      ? {
          cells: [
            say('dashboard.nextMeeting'),
            date(meetings.next.date),
            [meetings.next.place, meetings.next.host].filter(Boolean).join(' – '),
          ],
        }
      : { cells: [say('dashboard.nextMeeting'), '', say('dashboard.nextMeeting.none')], health: 'warning' },

    ...heading('dashboard.section.actions'),
    { cells: [say('dashboard.actions'), actions.total] },
    ...ACTION_STATUSES.map((status) => ({
      cells: [`    ${listLabel(language, 'actionStatus', status)}`, actions.byStatus[status]],
    })),
    ...(actions.withoutStatus
      ? [{ cells: [`    ${say('dashboard.withoutStatus')}`, actions.withoutStatus] }]
      : []),
    {
      cells: [
        say('dashboard.overdue'),
        actions.overdue.length,
        say(actions.overdue.length ? 'dashboard.overdue.alarm' : 'dashboard.overdue.good'),
      ],
      health: actions.health,
    },
    { cells: [say('dashboard.dueSoon'), actions.dueSoon] },
    { cells: [say('dashboard.budget'), actions.budget] },
    // With no members, "every member has an email address" would be true of nobody: it says there are none yet.
    members.count === 0
      ? { cells: [say('dashboard.cannotBeReminded'), '', say('dashboard.noMembers')] }
      : {
          cells: [
            say('dashboard.cannotBeReminded'),
            report.cannotBeReminded.length,
            report.cannotBeReminded.length
              ? someNames(report.cannotBeReminded, language)
              : say('dashboard.cannotBeReminded.none'),
          ],
          health: report.cannotBeReminded.length ? 'warning' : 'good',
        },
    {
      cells: [
        say('dashboard.withoutConsent'),
        report.withoutConsent.length,
        say('dashboard.withoutConsent.note', {
          count: report.withoutConsent.length,
          names: someNames(report.withoutConsent, language),
        }),
      ],
      health: report.withoutConsent.length ? 'warning' : 'good',
    },
    ...(actions.overdue.length
      ? [
          {
            cells: [
              say('dashboard.overdueAction'),
              say('dashboard.owner'),
              say('dashboard.due'),
              say('dashboard.daysLate'),
            ],
            heading: true,
          },
          ...limited(actions.overdue, language, (overdue) => ({
            cells: [
              overdue.action,
              overdue.owner || say('dashboard.noOwner'),
              date(overdue.due),
              overdue.daysLate,
            ],
          })),
        ]
      : []),

    ...heading('dashboard.section.sustainability'),
    {
      cells: [say('dashboard.review'), sustainability.reviewBy ? date(sustainability.reviewBy) : '', review],
      health: sustainability.health,
    },

    ...heading('dashboard.section.guide'),
    { cells: [say('dashboard.stepsDone'), `${guide.stepsDone} / ${GUIDE_STEPS}`], health: guide.health },
    ...guide.steps.map((step) => ({
      cells: [
        `    ${say(`guide.step${step.step}` as MessageKey)}`,
        say('dashboard.tasks', { done: step.done, total: step.total }),
      ],
    })),

    ...heading('dashboard.section.unreadable'),
    ...(report.unreadable.length
      ? [
          {
            cells: [
              say('dashboard.sheet'),
              say('dashboard.row'),
              say('dashboard.column'),
              say('dashboard.value'),
              say('dashboard.problem'),
            ],
            heading: true,
          },
          ...limited(report.unreadable, language, (problem) => ({
            cells: [
              sheetTitle(language, problem.sheet),
              problem.row,
              columnHeader(language, problem.sheet, problem.column),
              problem.value,
              say(`dashboard.problem.${problem.problem}`),
            ],
          })),
        ]
      : [{ cells: [say('dashboard.allRead')] }]),
  ];
}

interface DataBlock {
  key: DashboardChartKey;
  rows: DashboardCell[][];
}

function dataBlocks(report: DashboardReport, language: Language): DataBlock[] {
  const say = (key: MessageKey) => t(language, key);
  const stakeholderRows: DashboardCell[][] = report.stakeholderMap.map((cell) => [
    cell.names.join(', '),
    score(cell.interest),
    score(cell.influence),
    say(quadrant(cell.influence, cell.interest)),
    cell.names.length,
  ]);
  // The grid has nine cells: the block always spans nine rows so the chart's range never changes.
  while (stakeholderRows.length < LEVELS.length ** 2) stakeholderRows.push([]);
  return [
    {
      key: 'actions',
      rows: [
        [say('dashboard.chart.status'), say('dashboard.chart.count')],
        ...ACTION_STATUSES.map((status) => [
          listLabel(language, 'actionStatus', status),
          report.actions.byStatus[status],
        ]),
        [say('dashboard.withoutStatus'), report.actions.withoutStatus],
      ],
    },
    {
      key: 'sectors',
      rows: [
        [say('dashboard.chart.sector'), say('dashboard.members')],
        ...SEED_SECTORS.map((sector) => [
          listLabel(language, 'sector', sector),
          report.sectors.membersBySector[sector],
        ]),
      ],
    },
    {
      key: 'stakeholders',
      rows: [
        [
          say('dashboard.chart.stakeholder'),
          say('dashboard.chart.interest'),
          say('dashboard.chart.influence'),
          say('dashboard.chart.quadrant'),
          say('dashboard.chart.count'),
        ],
        ...stakeholderRows,
      ],
    },
  ];
}

function chartOptions(key: DashboardChartKey, language: Language): Record<string, unknown> {
  const say = (message: MessageKey) => t(language, message);
  const base = { title: say(`dashboard.chart.${key}`), ...CHART_SIZE };
  if (key === 'actions') return { ...base, pieHole: 0.4, colors: STATUS_COLOURS, 'legend.position': 'right' };
  if (key === 'sectors') {
    return {
      ...base,
      'legend.position': 'none',
      hAxis: { minValue: 0, format: '0' },
      colors: ['#4285f4'],
    };
  }
  const ticks = LEVELS.map((level) => ({ v: score(level), f: listLabel(language, 'level', level) }));
  const axis = (title: MessageKey) => ({
    title: say(title),
    ticks,
    viewWindow: { min: 0.5, max: LEVELS.length + 0.5 },
  });
  return {
    ...base,
    hAxis: axis('dashboard.chart.interest'),
    vAxis: axis('dashboard.chart.influence'),
    'bubble.textStyle': { fontSize: 10 },
  };
}

const CHART_TYPES: Record<DashboardChartKey, DashboardChart['type']> = {
  actions: 'PIE',
  sectors: 'BAR',
  stakeholders: 'BUBBLE',
};

/** The options that carry words: the title, and the bubble chart's axis titles and level names. */
const WORDED_OPTIONS = new Set(['title', 'hAxis', 'vAxis']);

/**
 * What to set again on a chart a refresh keeps, once the workbook's language is no longer the one it was drawn in:
 * its words in the new language, as long as its title is still the add-on's of then. A person's own title stays, and
 * so does the rest of their chart.
 */
export function relabelledOptions(
  chart: DashboardChart,
  drawnIn: Language,
  title: unknown,
): Record<string, unknown> | null {
  if (title === chart.options.title || title !== chartOptions(chart.key, drawnIn).title) return null;
  return Object.fromEntries(Object.entries(chart.options).filter(([option]) => WORDED_OPTIONS.has(option)));
}

/** Everything the Dashboard sheet shows, as one rectangle from A1 plus the charts over its data blocks. */
export function dashboardSheet(
  report: DashboardReport,
  language: Language,
  allianceName = '',
): DashboardSheet {
  const lines = reportLines(report, language, allianceName);
  const blocks = dataBlocks(report, language);
  const dataRows = 2 + blocks.reduce((rows, block) => rows + block.rows.length + 1, 0);
  const height = Math.max(lines.length, dataRows, CHART_ROWS * blocks.length);
  const values: DashboardCell[][] = Array.from({ length: height }, () =>
    Array<DashboardCell>(WIDTH).fill(''),
  );
  const backgrounds: (string | null)[][] = Array.from({ length: height }, () => Array(WIDTH).fill(null));
  const bold: boolean[][] = Array.from({ length: height }, () => Array(WIDTH).fill(false));

  lines.forEach((line, index) => {
    line.cells.slice(0, REPORT_WIDTH).forEach((cell, column) => {
      values[index][column] = cell;
      bold[index][column] = line.heading === true;
    });
    if (line.health) backgrounds[index][2] = HEALTH_COLOURS[line.health];
  });

  values[0][DATA_COLUMN - 1] = t(language, 'dashboard.section.charts');
  bold[0][DATA_COLUMN - 1] = true;
  const charts: DashboardChart[] = [];
  let row = 3;
  blocks.forEach((block, index) => {
    block.rows.forEach((cells, offset) => {
      cells.forEach((cell, column) => {
        values[row - 1 + offset][DATA_COLUMN - 1 + column] = cell;
        bold[row - 1 + offset][DATA_COLUMN - 1 + column] = offset === 0;
      });
    });
    charts.push({
      key: block.key,
      type: CHART_TYPES[block.key],
      range: { row, column: DATA_COLUMN, numRows: block.rows.length, numColumns: block.rows[0].length },
      anchor: { row: 1 + index * CHART_ROWS, column: CHART_COLUMN },
      options: chartOptions(block.key, language),
    });
    row += block.rows.length + 1;
  });
  return { values, backgrounds, bold, charts };
}
