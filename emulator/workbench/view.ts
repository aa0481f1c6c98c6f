// What GET /api/state answers: the emulated files as a person sees them, read without counting a service call.
import { createDocumentApp } from '../document';
import {
  type AnyNode,
  type BlockNode,
  bodyTables,
  type DocumentModel,
  elementText,
  type InlineNode,
  type TableNode,
} from '../document/model';
import type { Sharing } from '../people';
import { describeSchedule } from '../services/script';
import type { MenuEntry } from '../services/ui';
import { columnLetters, createSpreadsheetApp, formatA1, invalidContent } from '../spreadsheet';
import { rowHiddenByFilter } from '../spreadsheet/filter';
import { conditionalFormatting } from '../spreadsheet/formatting';
import type { SheetModel, SpreadsheetModel, ValidationData } from '../spreadsheet/model';
import { parseHyperlink, zonedFields } from '../spreadsheet/values';
import type { Workspace } from '../workspace';
import type {
  AlertView,
  BlockView,
  CellValue,
  ChartView,
  DocumentView,
  FilterView,
  ImageView,
  InvalidView,
  MenuView,
  ProtectionView,
  RuleView,
  SheetView,
  SpreadsheetView,
  TextRun,
  ToastView,
  WorkbenchState,
} from './api';

/** Room below and beside the data for a person to type new rows and columns. */
const SPARE_ROWS = 20;
const SPARE_COLUMNS = 2;
const MIN_ROWS = 30;
const MIN_COLUMNS = 10;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date as the page shows it: the day (and the time when not midnight) in the spreadsheet's time zone. */
function isoInZone(date: Date, timeZone: string): string {
  const f = zonedFields(date, timeZone);
  const day = `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
  if (f.hour === 0 && f.minute === 0 && f.second === 0) return day;
  return `${day}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
}

function ruleView(rule: ValidationData, book: SpreadsheetModel, ws: Workspace): RuleView {
  const list = rule.args.flatMap((arg): string[] => {
    if ('list' in arg) return arg.list;
    if (!('range' in arg)) return [];
    const sheet = book.sheetById(arg.range.sheetId);
    if (!sheet) return [];
    const range = createSpreadsheetApp(ws)
      .openById(book.id)
      .getSheetByName(sheet.name)
      ?.getRange(arg.range.row, arg.range.column, arg.range.numRows, arg.range.numColumns);
    return (range?.getDisplayValues() ?? []).flat().filter((value) => value !== '');
  });
  const listed = rule.criteria === 'VALUE_IN_LIST' || rule.criteria === 'VALUE_IN_RANGE';
  return {
    type: rule.criteria,
    list: listed ? list : null,
    allowInvalid: rule.allowInvalid,
    helpText: rule.helpText,
  };
}

function chartView(sheet: SheetModel, ws: Workspace, book: SpreadsheetModel): ChartView[] {
  const facade = createSpreadsheetApp(ws).openById(book.id).getSheetByName(sheet.name);
  return sheet.data.charts.map((chart) => ({
    id: String(chart.chartId),
    type: chart.chartType ?? 'UNSET',
    ranges: chart.ranges.map(
      (rect) => facade?.getRange(rect.row, rect.column, rect.numRows, rect.numColumns).getA1Notation() ?? '',
    ),
    data: chart.ranges.map(
      (rect) =>
        facade?.getRange(rect.row, rect.column, rect.numRows, rect.numColumns).getDisplayValues() ?? [],
    ),
    options: chart.options,
    row: chart.position.anchorRow,
    column: chart.position.anchorColumn,
  }));
}

/** Colours and weight as a person sees them: conditional formats (first matching rule) over the cells' own formats. */
function shownFormats(sheet: SheetModel, data: GoogleAppsScript.Spreadsheet.Range) {
  const conditional = conditionalFormatting(sheet, {
    row: 1,
    column: 1,
    numRows: data.getNumRows(),
    numColumns: data.getNumColumns(),
  });
  return {
    backgrounds: data
      .getBackgrounds()
      .map((row, r) => row.map((colour, c) => conditional[r][c]?.background ?? colour)),
    fontColors: conditional.map((row, r) =>
      row.map((format, c) => format?.fontColor ?? sheet.cell(r + 1, c + 1)?.fontColor ?? '#000000'),
    ),
    bold: data
      .getFontWeights()
      .map((row, r) => row.map((weight, c) => conditional[r][c]?.bold ?? weight === 'bold')),
  };
}

/** The sheet's basic filter as Sheets' Data › Filter shows it: its range, and each column's criteria. */
function filterView(sheet: SheetModel): FilterView | null {
  const filter = sheet.data.filter;
  if (!filter) return null;
  return {
    range: formatA1(filter.range),
    criteria: filter.criteria.map(({ column, criteria }) => ({
      column: columnLetters(column),
      condition: criteria.condition,
      hiddenValues: criteria.hiddenValues,
      visibleValues: criteria.visibleValues,
    })),
  };
}

/** The rows the filter hides, 1-based (https://developers.google.com/apps-script/reference/spreadsheet/sheet#isRowHiddenByFilter(Integer)). */
function hiddenRows(sheet: SheetModel): number[] {
  const filter = sheet.data.filter;
  if (!filter) return [];
  const rows: number[] = [];
  // Empty rows of the range fail a condition too: Sheets hides them as well.
  const last = filter.range.row + filter.range.numRows - 1;
  for (let row = filter.range.row + 1; row <= last; row++) if (rowHiddenByFilter(sheet, row)) rows.push(row);
  return rows;
}

/** Cells whose content breaks their data-validation rule, as Sheets marks them (see invalidContent). */
function invalidCells(sheet: SheetModel, rows: number, columns: number): InvalidView[] {
  const found: InvalidView[] = [];
  for (let row = 1; row <= rows; row++) {
    for (let column = 1; column <= columns; column++) {
      const message = invalidContent(sheet, row, column);
      if (message) found.push({ cell: formatA1({ row, column, numRows: 1, numColumns: 1 }), message });
    }
  }
  return found;
}

/** Protected ranges and sheets (https://developers.google.com/apps-script/reference/spreadsheet/protection). */
function protectionViews(sheet: SheetModel): ProtectionView[] {
  const { maxRows, maxColumns } = sheet.data;
  return sheet.data.protections.map((protection) => ({
    range: formatA1(protection.range ?? { row: 1, column: 1, numRows: maxRows, numColumns: maxColumns }),
    warningOnly: protection.warningOnly,
    description: protection.description,
  }));
}

function sheetView(sheet: SheetModel, book: SpreadsheetModel, ws: Workspace): SheetView {
  const facade = createSpreadsheetApp(ws).openById(book.id).getSheetByName(sheet.name);
  if (!facade) throw new Error(`Sheet ${sheet.name} vanished`);
  const data = facade.getDataRange();
  const values = data
    .getValues()
    .map((row) =>
      row.map((value): CellValue => (value instanceof Date ? isoInZone(value, book.timeZone) : value)),
    );
  const formulas = data.getFormulas();
  const rows = Math.min(sheet.data.maxRows, Math.max(sheet.lastRow() + SPARE_ROWS, MIN_ROWS));
  const columns = Math.min(sheet.data.maxColumns, Math.max(sheet.lastColumn() + SPARE_COLUMNS, MIN_COLUMNS));
  const rules: RuleView[] = [];
  const ruleIndex = new Map<string, number>();
  // Cells set together share one rule object: its text is made once, not once per cell.
  const byObject = new Map<ValidationData, number>();
  const indexOf = (rule: ValidationData): number => {
    const key = JSON.stringify(rule);
    if (!ruleIndex.has(key)) {
      ruleIndex.set(key, rules.length);
      rules.push(ruleView(rule, book, ws));
    }
    return ruleIndex.get(key) ?? -1;
  };
  const validations = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const rule = sheet.cell(r + 1, c + 1)?.validation;
      if (!rule) return -1;
      let index = byObject.get(rule);
      if (index === undefined) {
        index = indexOf(rule);
        byObject.set(rule, index);
      }
      return index;
    }),
  );
  return {
    name: sheet.name,
    values,
    formulas,
    display: data.getDisplayValues(),
    links: formulas.map((row, r) =>
      row.map(
        (formula, c) => parseHyperlink(formula)?.url ?? sheet.cell(r + 1, c + 1)?.links?.[0]?.url ?? null,
      ),
    ),
    ...shownFormats(sheet, data),
    frozenRows: sheet.data.frozenRows,
    columnWidths: Array.from({ length: columns }, (_, c) => facade.getColumnWidth(c + 1)),
    rows,
    columns,
    rules,
    validations,
    invalid: invalidCells(sheet, rows, columns),
    protections: protectionViews(sheet),
    filter: filterView(sheet),
    hiddenRows: hiddenRows(sheet),
    charts: chartView(sheet, ws, book),
  };
}

/**
 * The page shows every file whoever is signed in, as the people sharing them see it: read as the file's owner, who
 * may read it all.
 */
function asOwner<T>(ws: Workspace, fileId: string, read: (sharing: Sharing) => T): T {
  const sharing = ws.sharing.get(fileId) ?? { owner: ws.email, editors: [], viewers: [] };
  const signedIn = ws.email;
  ws.email = sharing.owner;
  try {
    return read(sharing);
  } finally {
    ws.email = signedIn;
  }
}

function spreadsheetView(book: SpreadsheetModel, ws: Workspace): SpreadsheetView {
  return asOwner(ws, book.id, ({ owner, editors, viewers }) => ({
    id: book.id,
    name: book.name,
    url: createSpreadsheetApp(ws).openById(book.id).getUrl(),
    owner,
    editors: [...editors],
    viewers: [...viewers],
    sheets: book.sheets.map((sheet) => sheetView(sheet, book, ws)),
  }));
}

function runsOf(children: InlineNode[]): TextRun[] {
  return children.flatMap((child) =>
    child.type === 'TEXT' ? child.runs.map((run) => ({ text: run.text, link: run.linkUrl ?? null })) : [],
  );
}

function blocksOf(children: BlockNode[], tables: TableNode[]): BlockView[] {
  return children.flatMap((block): BlockView[] => {
    if (block.type === 'TABLE') {
      const rows = block.children.map((row) => row.children.map(elementText));
      return [{ kind: 'table', index: tables.indexOf(block), rows }];
    }
    const breaks: BlockView[] = block.children.flatMap((child): BlockView[] =>
      child.type === 'PAGE_BREAK' || child.type === 'HORIZONTAL_RULE'
        ? [{ kind: 'break', page: child.type === 'PAGE_BREAK' }]
        : [],
    );
    const images: BlockView[] = block.children.flatMap((child): BlockView[] =>
      child.type === 'INLINE_IMAGE'
        ? [
            {
              kind: 'image',
              src: `data:${child.contentType};base64,${child.base64}`,
              width: child.width,
              height: child.height,
            },
          ]
        : [],
    );
    const runs = runsOf(block.children);
    const text: BlockView =
      block.type === 'LIST_ITEM'
        ? { kind: 'listItem', nesting: block.nestingLevel, runs }
        : { kind: 'paragraph', heading: block.heading, runs };
    return [...images, text, ...breaks];
  });
}

function imagesOf(node: AnyNode): ImageView[] {
  if (node.type === 'INLINE_IMAGE')
    return [{ contentType: node.contentType, width: node.width, height: node.height }];
  return 'children' in node ? (node.children as AnyNode[]).flatMap(imagesOf) : [];
}

function documentView(model: DocumentModel, ws: Workspace): DocumentView {
  return asOwner(ws, model.id, ({ owner, editors, viewers }) => ({
    id: model.id,
    name: model.name,
    url: createDocumentApp(ws).openById(model.id).getUrl(),
    owner,
    editors: [...editors],
    viewers: [...viewers],
    text: model.plainText(),
    tables: model.tables(),
    blocks: blocksOf(model.body.children, bodyTables(model)),
    images: imagesOf(model.body),
  }));
}

/** The items a person can click, submenus opened out, separators left out. */
function menuItems(entries: MenuEntry[]): MenuView['items'] {
  return entries.flatMap((entry) => {
    if ('submenu' in entry) return menuItems(entry.submenu.items);
    return 'fn' in entry ? [{ label: entry.label, fn: entry.fn }] : [];
  });
}

/** The add-on's menu under Extensions, as the last onOpen built it. */
export function menuView(ws: Workspace): MenuView | null {
  const menu = ws.ui.menus.filter((each) => each.addon).at(-1);
  return menu ? { title: menu.title, items: menuItems(menu.items) } : null;
}

export interface ViewContext {
  version: string;
  sidebarKey: string;
}

/** The workbook the page shows: the first spreadsheet made, the one the workspace started with. */
export function workbook(ws: Workspace): SpreadsheetModel | null {
  return ws.spreadsheets.values().next().value ?? null;
}

export function workbenchState(ws: Workspace, context: ViewContext): WorkbenchState {
  return ws.calls.uncounted(() => {
    const book = workbook(ws);
    const alerts: AlertView[] = ws.ui.alerts.map((alert) => ({
      title: alert.title ?? null,
      message: alert.message,
    }));
    const toasts: ToastView[] = ws.ui.toasts.map((toast) => ({
      title: toast.title ?? null,
      message: toast.message,
    }));
    return {
      version: context.version,
      locale: ws.locale,
      user: ws.email,
      people: ws.people.map((person) => ({ ...person })),
      now: ws.now().toISOString(),
      active: ws.active,
      menu: menuView(ws),
      spreadsheet: book ? spreadsheetView(book, ws) : null,
      documents: [...ws.documents.values()].map((model) => documentView(model, ws)),
      sidebar: ws.ui.sidebar ? { title: ws.ui.sidebar.title, key: context.sidebarKey } : null,
      alerts,
      toasts,
      mail: ws.mail.outbox.map(({ from, to, cc, subject, body, htmlBody, at }) => ({
        from,
        to,
        cc,
        subject,
        body,
        htmlBody,
        at,
      })),
      events: ws.calendar.events.map(
        ({ calendarOwner, title, start, end, location, description, guests }) => ({
          calendarOwner,
          title,
          start,
          end,
          location,
          description,
          guests: [...guests],
        }),
      ),
      triggers: ws.triggers.triggers.map((trigger) => ({
        handler: trigger.handler,
        user: trigger.user,
        kind: trigger.kind,
        schedule: describeSchedule(trigger.schedule),
      })),
      calls: ws.calls.total,
    };
  });
}
