// The workbench page: the emulated spreadsheet or Doc, the add-on menu, the sidebar beside them, alerts and toasts,
// who is signed in, the clock, and the outbox, calendars and triggers.
import type {
  AlertView,
  BlockView,
  CellValue,
  ChartView,
  ClockAnswer,
  DocumentView,
  EditAnswer,
  EditRequest,
  FrameMessage,
  MenuView,
  RuleView,
  RunAnswer,
  SheetView,
  SpreadsheetView,
  TextRun,
  ToastView,
  WorkbenchState,
} from '../api';
import { chartSvg } from './charts';

const page = {
  state: null as WorkbenchState | null,
  sheetName: null as string | null,
  /** How many alerts and toasts of the workspace's history this page has shown already. */
  seenAlerts: -1,
  seenToasts: -1,
  /** A cell or a Doc table cell being edited: refreshes wait, so typing is never lost. */
  editing: false,
  sidebarKey: null as string | null,
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(answer.error ?? response.statusText);
  return answer as T;
}

/** A message to the person: an error from an edit or a run, or what just happened. */
function say(message: string, kind: 'error' | 'info' = 'error'): void {
  const bar = $('message');
  bar.textContent = message;
  bar.className = kind;
  bar.hidden = message === '';
}

// ---------------------------------------------------------------- state

/** Fetches the state and draws it, unless a person started typing meanwhile: typing is never lost. */
async function refresh(): Promise<void> {
  const state = await api<WorkbenchState>('GET', '/api/state');
  if (page.editing) return;
  page.state = state;
  if (page.seenAlerts < 0 || state.alerts.length < page.seenAlerts) page.seenAlerts = state.alerts.length;
  if (page.seenToasts < 0 || state.toasts.length < page.seenToasts) page.seenToasts = state.toasts.length;
  render(state);
}

/** Opening a file in the browser runs the add-on's onOpen, which builds the menu. */
async function open(host: 'sheets' | 'docs', documentId?: string): Promise<void> {
  const answer = await api<{ error?: string }>(
    'POST',
    '/api/open',
    host === 'docs' ? { host, documentId } : { host },
  );
  say(answer.error ? `onOpen failed: ${answer.error}` : '');
  await refresh();
}

async function run(fn: string): Promise<void> {
  say('');
  const answer = await api<RunAnswer>('POST', '/api/run', { fn, args: [], via: 'menu' });
  if (!answer.ok) say(answer.error);
  await refresh();
}

async function edit(request: EditRequest, answered?: (answer: EditAnswer) => void): Promise<boolean> {
  try {
    const answer = await api<EditAnswer>('POST', '/api/edit', request);
    answered?.(answer);
    say('');
    return true;
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
    return false;
  } finally {
    page.editing = false;
    await refresh();
  }
}

// ---------------------------------------------------------------- the frame of the page

function render(state: WorkbenchState): void {
  renderFileSwitch(state);
  renderMenu(state.menu);
  renderFile(state);
  renderSidebar(state);
  renderPeople(state);
  showNew(state.alerts, state.toasts);
  $('calls').textContent = `${state.calls} service calls by the add-on · locale ${state.locale}`;
  ($('locale') as HTMLSelectElement).value = state.locale.slice(0, 2);
}

function renderFileSwitch(state: WorkbenchState): void {
  const select = $<HTMLSelectElement>('file-switch');
  const options: HTMLOptionElement[] = [];
  if (state.spreadsheet) {
    options.push(el('option', { text: `Sheets · ${state.spreadsheet.name}`, attrs: { value: 'sheets:' } }));
  }
  for (const doc of state.documents) {
    options.push(el('option', { text: `Docs · ${doc.name}`, attrs: { value: `docs:${doc.id}` } }));
  }
  select.replaceChildren(...options);
  const active = state.active;
  select.value = active?.host === 'docs' ? `docs:${active.fileId}` : 'sheets:';
}

function renderMenu(menu: MenuView | null): void {
  $('menu-title').textContent = menu?.title ?? 'Add-on';
  const items = (menu?.items ?? []).map((item) => {
    const button = el('button', { className: 'menu-item', text: item.label, attrs: { type: 'button' } });
    button.addEventListener('click', () => void run(item.fn));
    return button;
  });
  $('menu-items').replaceChildren(...items);
}

/** Drawing the file again keeps where the person had scrolled to, as long as it is the same sheet or Doc. */
function keepingScroll(view: HTMLElement, key: string, draw: () => void): void {
  const scroller = () => view.querySelector<HTMLElement>('.grid-scroll, .doc-desk');
  const before = view.dataset.key === key ? scroller() : null;
  const [top, left] = [before?.scrollTop ?? 0, before?.scrollLeft ?? 0];
  draw();
  view.dataset.key = key;
  const after = scroller();
  if (after) [after.scrollTop, after.scrollLeft] = [top, left];
}

function renderFile(state: WorkbenchState): void {
  const view = $('file-view');
  const active = state.active;
  const doc = active?.host === 'docs' ? state.documents.find((each) => each.id === active.fileId) : undefined;
  keepingScroll(view, doc ? `docs:${doc.id}` : `sheets:${page.sheetName}`, () => drawFile(view, state, doc));
}

function drawFile(view: HTMLElement, state: WorkbenchState, doc: DocumentView | undefined): void {
  if (doc) {
    $('file-name').textContent = doc.name;
    document.title = `${doc.name} – Docs – Alliance Kit workbench`;
    view.replaceChildren(renderDocument(doc));
  } else if (state.spreadsheet) {
    $('file-name').textContent = state.spreadsheet.name;
    document.title = `${state.spreadsheet.name} – Sheets – Alliance Kit workbench`;
    view.replaceChildren(renderSpreadsheet(state.spreadsheet));
  } else {
    view.replaceChildren(el('p', { text: 'No file is open.' }));
  }
  view.dataset.host = doc ? 'docs' : 'sheets';
}

// ---------------------------------------------------------------- people, clock, mail, calendars, triggers

const dateTime = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function renderPeople(state: WorkbenchState): void {
  const select = $<HTMLSelectElement>('signed-in');
  select.replaceChildren(
    ...state.people.map((person) =>
      el('option', {
        text: `${person.name} <${person.email}> · ${person.locale}`,
        attrs: { value: person.email },
      }),
    ),
  );
  select.value = state.user;
  renderSharing(state);
  $('today').textContent = `Today is ${new Date(state.now).toDateString()} (UTC)`;
  // Every text below is the add-on's or a person's: set as text, never parsed as HTML.
  $('outbox-count').textContent = `(${state.mail.length})`;
  $('outbox').replaceChildren(
    ...[...state.mail].reverse().map((mail) =>
      el('li', { className: 'mail' }, [
        el('div', {
          className: 'mail-head',
          text: `${dateTime(mail.at)} · From ${mail.from} · To ${mail.to}`,
        }),
        ...(mail.cc ? [el('div', { className: 'mail-head', text: `Cc ${mail.cc}` })] : []),
        el('div', { className: 'mail-subject', text: mail.subject }),
        el('pre', { className: 'mail-body', text: mail.body }),
      ]),
    ),
  );
  $('calendar-count').textContent = `(${state.events.length})`;
  $('calendar').replaceChildren(
    ...state.events.map((event) =>
      el('li', { className: 'event' }, [
        el('div', {
          className: 'mail-head',
          text: `${dateTime(event.start)} – ${dateTime(event.end)} · organized by ${event.calendarOwner}`,
        }),
        el('div', { className: 'mail-subject', text: event.title }),
        el('div', { text: [event.location, event.guests.join(', ')].filter(Boolean).join(' · ') }),
        el('pre', { className: 'mail-body', text: event.description }),
      ]),
    ),
  );
  $('triggers-count').textContent = `(${state.triggers.length})`;
  $('triggers').replaceChildren(
    ...state.triggers.map((trigger) =>
      el('li', { text: `${trigger.handler} · ${trigger.user} · ${trigger.schedule}` }),
    ),
  );
}

/** The open file's sharing, and the people it can still be shared with. */
function renderSharing(state: WorkbenchState): void {
  const file = openFile(state);
  $('sharing').textContent = file
    ? `Owner ${file.owner}${file.editors.length ? ` · editors ${file.editors.join(', ')}` : ''}${file.viewers.length ? ` · viewers ${file.viewers.join(', ')}` : ''}`
    : '';
  const others = state.people.filter((person) => person.email !== file?.owner);
  const choice = $<HTMLSelectElement>('share-with');
  const kept = choice.value;
  choice.replaceChildren(
    ...others.map((person) => el('option', { text: person.email, attrs: { value: person.email } })),
  );
  if (others.some((person) => person.email === kept)) choice.value = kept;
}

/** The file in front of the person: a Doc, or the spreadsheet. */
function openFile(
  state: WorkbenchState,
): { id: string; owner: string; editors: string[]; viewers: string[] } | null {
  const active = state.active;
  if (active?.host === 'docs') return state.documents.find((doc) => doc.id === active.fileId) ?? null;
  return state.spreadsheet;
}

async function shareOpenFile(): Promise<void> {
  const file = page.state && openFile(page.state);
  if (!file) return;
  const email = $<HTMLSelectElement>('share-with').value;
  const role = $<HTMLSelectElement>('share-role').value;
  try {
    await api('POST', '/api/share', { fileId: file.id, email, role });
    say(`Shared with ${email} as ${role}.`, 'info');
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
  }
  await refresh();
}

/** Signs another person in and opens, as them, the file that was open (or the spreadsheet). */
async function signIn(email: string): Promise<void> {
  const before = page.state?.active;
  await api('POST', '/api/as', { email });
  try {
    await open(before?.host ?? 'sheets', before?.host === 'docs' ? before.fileId : undefined);
  } catch (error) {
    await refresh();
    say(error instanceof Error ? error.message : String(error));
  }
}

async function moveClock(days: number): Promise<void> {
  const answer = await api<ClockAnswer>('POST', '/api/clock', { days });
  const runs = answer.fired.map(
    (run) => `${run.handler} as ${run.user}${run.ok ? '' : ` failed: ${run.error}`}`,
  );
  say(runs.length ? `Triggers ran: ${runs.join('; ')}` : 'No trigger fell due.', 'info');
  await refresh();
}

// ---------------------------------------------------------------- Sheets

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function renderSpreadsheet(spreadsheet: SpreadsheetView): HTMLElement {
  const sheet = spreadsheet.sheets.find((each) => each.name === page.sheetName) ?? spreadsheet.sheets[0];
  page.sheetName = sheet?.name ?? null;
  const tabs = spreadsheet.sheets.map((each) => {
    const selected = each.name === sheet?.name;
    const tab = el('button', {
      className: 'sheet-tab',
      text: each.name,
      attrs: { role: 'tab', type: 'button', 'aria-selected': String(selected) },
    });
    tab.addEventListener('click', () => {
      page.sheetName = each.name;
      if (page.state) render(page.state);
    });
    return tab;
  });
  return el('div', { className: 'spreadsheet' }, [
    sheet ? renderSheet(sheet) : el('p', { text: 'This spreadsheet has no sheet.' }),
    el('nav', { className: 'sheet-tabs', attrs: { role: 'tablist', 'aria-label': 'Sheets' } }, tabs),
  ]);
}

/** Sheets' row numbers column. */
const ROW_HEAD_WIDTH = 46;

/** Past this many rows the page shows the first ones only, so a large sheet stays responsive. */
const MAX_SHOWN_ROWS = 1000;

function renderSheet(sheet: SheetView): HTMLElement {
  const rows = Math.min(sheet.rows, MAX_SHOWN_ROWS);
  const widths = Array.from({ length: sheet.columns }, (_, index) => sheet.columnWidths[index] ?? 100);
  const columns = el('colgroup', {}, [
    el('col', { attrs: { style: `width:${ROW_HEAD_WIDTH}px` } }),
    ...widths.map((width) => el('col', { attrs: { style: `width:${width}px` } })),
  ]);
  const head = el('tr', {}, [
    el('th', { className: 'corner' }),
    ...widths.map((_, index) => el('th', { text: columnLetter(index + 1), attrs: { scope: 'col' } })),
  ]);
  // Rows a filter hides are left out, their numbers skipped, as in Sheets.
  const hidden = new Set(sheet.hiddenRows);
  const invalid = new Map(sheet.invalid.map((each) => [each.cell, each.message]));
  const body = Array.from({ length: rows }, (_, r) => r)
    .filter((r) => !hidden.has(r + 1))
    .map((r) =>
      el('tr', { className: r < sheet.frozenRows ? 'frozen' : '', attrs: { 'data-row': String(r + 1) } }, [
        el('th', { className: 'row-head', text: String(r + 1), attrs: { scope: 'row' } }),
        ...Array.from({ length: sheet.columns }, (_, c) => renderCell(sheet, r, c, invalid)),
      ]),
    );
  const width = ROW_HEAD_WIDTH + widths.reduce((sum, each) => sum + each, 0);
  const table = el(
    'table',
    { className: 'grid', attrs: { 'aria-label': sheet.name, style: `width:${width}px` } },
    [columns, el('thead', {}, [head]), el('tbody', {}, body)],
  );
  const parts: HTMLElement[] = [el('div', { className: 'grid-scroll' }, [table])];
  if (sheet.rows > rows) {
    parts.push(el('p', { className: 'note', text: `Showing the first ${rows} of ${sheet.rows} rows.` }));
  }
  if (sheet.charts.length > 0) parts.push(renderCharts(sheet.charts));
  requestAnimationFrame(() => stickFrozenRows(table));
  return el('div', { className: 'sheet' }, parts);
}

/** Frozen rows stay in view while the grid scrolls, each under the one above it. */
function stickFrozenRows(table: HTMLTableElement): void {
  let top = table.tHead?.offsetHeight ?? 0;
  const frozen = Array.from(table.querySelectorAll<HTMLTableRowElement>('tr.frozen'));
  for (const row of frozen) {
    for (const cell of Array.from(row.cells)) cell.style.top = `${top}px`;
    top += row.offsetHeight;
  }
  frozen.at(-1)?.classList.add('frozen-last');
}

function cellRule(sheet: SheetView, r: number, c: number): RuleView | null {
  const index = sheet.validations[r]?.[c] ?? -1;
  return index >= 0 ? (sheet.rules[index] ?? null) : null;
}

function renderCell(
  sheet: SheetView,
  r: number,
  c: number,
  invalid: Map<string, string>,
): HTMLTableCellElement {
  const value = sheet.values[r]?.[c] ?? '';
  const display = sheet.display[r]?.[c] ?? '';
  const rule = cellRule(sheet, r, c);
  const td = el('td', { attrs: { 'data-cell': `${columnLetter(c + 1)}${r + 1}` } });
  const background = sheet.backgrounds[r]?.[c];
  if (background && background.toLowerCase() !== '#ffffff') td.style.background = background;
  const fontColor = sheet.fontColors[r]?.[c];
  if (fontColor && fontColor.toLowerCase() !== '#000000') td.style.color = fontColor;
  if (sheet.bold[r]?.[c]) td.style.fontWeight = 'bold';
  if (typeof value === 'number') td.classList.add('number');
  if (rule?.type === 'CHECKBOX') {
    const box = el('input', { attrs: { type: 'checkbox', 'aria-label': `${columnLetter(c + 1)}${r + 1}` } });
    box.checked = value === true;
    box.addEventListener('change', () => void typeInto(sheet, r, c, [[box.checked]]));
    td.append(box);
    return td;
  }
  const link = sheet.links[r]?.[c];
  td.replaceChildren(link ? linkElement(link, display) : el('span', { text: display }));
  // Text runs on over empty cells to its right, as in Sheets; a click there still reaches the cell under it.
  if (typeof value === 'string' && display !== '' && !rule && (sheet.display[r]?.[c + 1] ?? '') === '') {
    td.classList.add('spill');
  }
  if (rule?.list) td.classList.add('has-list');
  // Content that breaks its rule gets Sheets' red corner, and its message on hover.
  const problem = invalid.get(`${columnLetter(c + 1)}${r + 1}`);
  if (problem) {
    td.classList.add('invalid');
    td.title = `Invalid: ${problem}`;
  }
  td.addEventListener('click', () => startCellEdit(td, sheet, r, c));
  return td;
}

/** The first warning-only protection over a cell (https://support.google.com/docs/answer/1218656). */
function warningOver(sheet: SheetView, r: number, c: number): boolean {
  return sheet.protections.some((protection) => {
    if (!protection.warningOnly) return false;
    const [start, end = start] = protection.range.split(':').map(cellIndex);
    return r >= start.r && r <= end.r && c >= start.c && c <= end.c;
  });
}

/** "B3" as 0-based row and column. */
function cellIndex(a1: string): { r: number; c: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1) ?? ['', 'A', '1'];
  const c = [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { r: Number(digits) - 1, c };
}

/**
 * Typing into a warning-only protected range asks first, as Sheets does: "It doesn't block people from editing,
 * but they'll see a message asking them to confirm" (https://support.google.com/docs/answer/1218656).
 */
function confirmProtected(sheet: SheetView, r: number, c: number): Promise<boolean> {
  if (!warningOver(sheet, r, c)) return Promise.resolve(true);
  const dialog = $<HTMLDialogElement>('protected-warning');
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
  });
}

/**
 * Types values from the cell on, after Sheets' warning where the cell is protected with one. The cell shows what
 * the edit answered at once; the whole state follows.
 */
async function typeInto(
  sheet: SheetView,
  r: number,
  c: number,
  values: CellValue[][],
  td?: HTMLTableCellElement,
): Promise<boolean> {
  if (!(await confirmProtected(sheet, r, c))) {
    page.editing = false;
    await refresh();
    return false;
  }
  const last = `${columnLetter(c + values[0].length)}${r + values.length}`;
  const first = `${columnLetter(c + 1)}${r + 1}`;
  const range = first === last ? first : `${first}:${last}`;
  return edit({ sheet: sheet.name, range, values }, (answer) => {
    const shown = answer.display?.[0]?.[0];
    if (td && shown !== undefined) {
      td.classList.remove('editing');
      td.replaceChildren(el('span', { text: shown }));
    }
  });
}

/** Cells copied from a spreadsheet arrive as lines of tab-separated values. */
function pastedCells(text: string): string[][] | null {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  if (lines.length < 2 && !lines[0].includes('\t')) return null;
  const cells = lines.map((line) => line.split('\t'));
  const width = Math.max(...cells.map((line) => line.length));
  return cells.map((line) => [...line, ...Array<string>(width - line.length).fill('')]);
}

/** A click edits the cell: a dropdown where the cell has a list, else the formula or the text as typed. */
function startCellEdit(td: HTMLTableCellElement, sheet: SheetView, r: number, c: number): void {
  if (td.querySelector('input, select')) return;
  const display = sheet.display[r]?.[c] ?? '';
  const original = sheet.formulas[r]?.[c] || display;
  const rule = cellRule(sheet, r, c);
  page.editing = true;
  td.classList.add('editing');
  const cancel = () => {
    page.editing = false;
    td.classList.remove('editing');
    td.textContent = display;
  };
  if (rule?.list) {
    const choices = rule.list.includes(display) || display === '' ? rule.list : [display, ...rule.list];
    const select = el('select', { attrs: { 'aria-label': `${columnLetter(c + 1)}${r + 1}` } }, [
      el('option', { text: '', attrs: { value: '' } }),
      ...choices.map((choice) => el('option', { text: choice, attrs: { value: choice } })),
    ]);
    select.value = display;
    select.addEventListener('change', () => void typeInto(sheet, r, c, [[select.value]], td));
    select.addEventListener('blur', () => {
      if (page.editing) cancel();
    });
    td.replaceChildren(select);
    select.focus();
    return;
  }
  const input = el('input', { attrs: { type: 'text', 'aria-label': `${columnLetter(c + 1)}${r + 1}` } });
  input.value = original;
  let done = false;
  const commit = () => {
    if (done) return;
    done = true;
    if (input.value === original) cancel();
    else void typeInto(sheet, r, c, [[input.value]], td);
  };
  // Pasting several cells fills them from this one, adding rows past the last one, as Sheets does.
  input.addEventListener('paste', (event) => {
    const cells = pastedCells(event.clipboardData?.getData('text/plain') ?? '');
    if (!cells) return;
    event.preventDefault();
    done = true;
    void typeInto(sheet, r, c, cells);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      // The key must not go on to press a button of the warning the commit may open.
      event.preventDefault();
      commit();
    }
    if (event.key === 'Escape') {
      done = true;
      cancel();
    }
  });
  input.addEventListener('blur', commit);
  td.replaceChildren(input);
  input.focus();
}

// ---------------------------------------------------------------- charts

/** Draws the charts the add-on inserted: bars of each numeric series against the first column's labels. */
function renderCharts(charts: ChartView[]): HTMLElement {
  return el(
    'section',
    { className: 'charts', attrs: { 'aria-label': 'Charts' } },
    charts.map((chart) => {
      const title = typeof chart.options.title === 'string' ? chart.options.title : chart.type;
      const figure = el('figure', { className: 'chart', attrs: { 'data-chart-type': chart.type } }, [
        el('figcaption', { text: title }),
      ]);
      figure.append(chartSvg(chart) ?? drawChart(chart));
      return figure;
    }),
  );
}

function drawChart(chart: ChartView): Element {
  const rows = chart.data.flat().filter((row) => row.some((cell) => cell !== ''));
  const [header, ...data] = rows;
  const points = data
    .map((row) => ({ label: row[0] ?? '', value: Number(row[1]) }))
    .filter((point) => Number.isFinite(point.value));
  if (!header || points.length === 0) return el('p', { className: 'note', text: 'No data to draw yet.' });
  const max = Math.max(...points.map((point) => point.value), 1);
  return el(
    'div',
    { className: 'bars', attrs: { role: 'img', 'aria-label': `${header[1] ?? ''} by ${header[0] ?? ''}` } },
    points.map((point) =>
      el('div', { className: 'bar-row' }, [
        el('span', { className: 'bar-label', text: point.label }),
        el('span', { className: 'bar', attrs: { style: `width:${(point.value / max) * 100}%` } }),
        el('span', { className: 'bar-value', text: String(point.value) }),
      ]),
    ),
  );
}

// ---------------------------------------------------------------- Docs

const HEADING_TAGS: Record<string, 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'> = {
  TITLE: 'h1',
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
};

function renderDocument(doc: DocumentView): HTMLElement {
  const article = el('article', { className: 'doc-page', attrs: { 'aria-label': doc.name } });
  let list: HTMLUListElement | null = null;
  for (const block of doc.blocks) {
    if (block.kind === 'listItem') {
      list ??= article.appendChild(el('ul'));
      const item = el('li', {}, renderRuns(block.runs));
      item.style.marginLeft = `${block.nesting * 24}px`;
      list.append(item);
      continue;
    }
    list = null;
    article.append(renderBlock(block, doc));
  }
  return el('div', { className: 'doc-desk' }, [article]);
}

function renderBlock(block: Exclude<BlockView, { kind: 'listItem' }>, doc: DocumentView) {
  switch (block.kind) {
    case 'break':
      return el('hr', { className: block.page ? 'page-break' : 'rule' });
    case 'table':
      return renderDocTable(doc, block.index, block.rows);
    case 'image':
      return el('img', {
        attrs: { src: block.src, width: String(block.width), height: String(block.height), alt: '' },
      });
    default: {
      const tag = HEADING_TAGS[block.heading] ?? 'p';
      const className = block.heading === 'TITLE' ? 'title' : block.heading === 'SUBTITLE' ? 'subtitle' : '';
      return el(tag, { className }, renderRuns(block.runs));
    }
  }
}

/** The id of a Google file in a Docs or Sheets address, to open the workspace's own files in the workbench. */
function fileIdIn(url: string): { host: 'sheets' | 'docs'; id: string } | null {
  const match = /\/(document|spreadsheets)\/d\/([\w-]+)/.exec(url);
  if (!match) return null;
  return { host: match[1] === 'document' ? 'docs' : 'sheets', id: match[2] };
}

/** The workspace's own file an address points to, or null. */
function workspaceFile(url: string): { host: 'sheets' | 'docs'; id: string } | null {
  const file = fileIdIn(url);
  const state = page.state;
  const known =
    file &&
    (file.host === 'docs'
      ? state?.documents.some((doc) => doc.id === file.id)
      : state?.spreadsheet?.id === file.id);
  return known ? file : null;
}

/** Follows a link from the sidebar: a file of the workspace opens here, any other address in a new tab. */
function followLink(url: string): void {
  const file = workspaceFile(url);
  if (file) void open(file.host, file.id);
  else window.open(url, '_blank', 'noopener');
}

/** A link; one to a file of the workspace opens it in the workbench, as following it in Google would. */
function linkElement(url: string, text: string): Node {
  if (!/^(https?:|mailto:)/i.test(url)) return document.createTextNode(text);
  const link = el('a', { text, attrs: { href: url, target: '_blank', rel: 'noopener' } });
  const file = workspaceFile(url);
  if (file) {
    link.removeAttribute('target');
    link.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      $<HTMLDialogElement>('alert').close();
      void open(file.host, file.id);
    });
  } else {
    link.addEventListener('click', (event) => event.stopPropagation());
  }
  return link;
}

function renderRuns(runs: TextRun[]): Node[] {
  return runs.map((run) => (run.link ? linkElement(run.link, run.text) : document.createTextNode(run.text)));
}

function renderDocTable(doc: DocumentView, index: number, rows: string[][]): HTMLElement {
  const body = rows.map((cells, r) =>
    el('tr', {}, [
      ...cells.map((text, c) => {
        const td = el('td', { className: 'doc-cell', text });
        td.addEventListener('click', () => startDocCellEdit(td, doc, index, r, cells, c));
        return td;
      }),
      el('td', { className: 'row-tools' }, [
        rowButton('×', `Remove row ${r + 1}`, () => edit({ documentId: doc.id, table: index, removeRow: r })),
      ]),
    ]),
  );
  const width = Math.max(0, ...rows.map((cells) => cells.length));
  return el('div', { className: 'doc-table' }, [
    el('table', { attrs: { 'data-table': String(index) } }, [el('tbody', {}, body)]),
    rowButton('+ Row', 'Add a row', () =>
      edit({ documentId: doc.id, table: index, appendRow: Array.from({ length: width }, () => '') }),
    ),
  ]);
}

function rowButton(text: string, label: string, action: () => Promise<boolean>): HTMLButtonElement {
  const button = el('button', {
    className: 'row-button',
    text,
    attrs: { type: 'button', 'aria-label': label },
  });
  button.addEventListener('click', () => void action());
  return button;
}

function startDocCellEdit(
  td: HTMLTableCellElement,
  doc: DocumentView,
  table: number,
  row: number,
  cells: string[],
  column: number,
): void {
  if (td.querySelector('textarea')) return;
  page.editing = true;
  const input = el('textarea', { attrs: { rows: '2', 'aria-label': `Table ${table + 1}, row ${row + 1}` } });
  input.value = cells[column];
  let done = false;
  const finish = (keep: boolean) => {
    if (done) return;
    done = true;
    if (keep && input.value !== cells[column]) {
      const changed = cells.map((text, index) => (index === column ? input.value : text));
      void edit({ documentId: doc.id, table, row, cells: changed });
    } else {
      page.editing = false;
      td.textContent = cells[column];
    }
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      finish(true);
    }
    if (event.key === 'Escape') finish(false);
  });
  input.addEventListener('blur', () => finish(true));
  td.replaceChildren(input);
  input.focus();
}

// ---------------------------------------------------------------- sidebar, alerts, toasts

function renderSidebar(state: WorkbenchState): void {
  const aside = $('sidebar');
  const frame = $<HTMLIFrameElement>('sidebar-frame');
  if (!state.sidebar) {
    aside.hidden = true;
    if (page.sidebarKey !== null) frame.src = 'about:blank';
    page.sidebarKey = null;
    return;
  }
  aside.hidden = false;
  $('sidebar-title').textContent = state.sidebar.title;
  // A sidebar opened again is a new page, as in Google: reload only when the add-on opened one.
  if (page.sidebarKey !== state.sidebar.key) {
    page.sidebarKey = state.sidebar.key;
    frame.src = `/sidebar?key=${encodeURIComponent(state.sidebar.key)}`;
  }
}

async function closeSidebar(): Promise<void> {
  await api('POST', '/api/close-sidebar', {});
  await refresh();
}

const pendingAlerts: AlertView[] = [];

function showNew(alerts: AlertView[], toasts: ToastView[]): void {
  pendingAlerts.push(...alerts.slice(page.seenAlerts));
  page.seenAlerts = alerts.length;
  for (const toast of toasts.slice(page.seenToasts)) showToast(toast);
  page.seenToasts = toasts.length;
  showNextAlert();
}

function showNextAlert(): void {
  const dialog = $<HTMLDialogElement>('alert');
  if (dialog.open) return;
  const next = pendingAlerts.shift();
  if (!next) return;
  $('alert-title').textContent = next.title ?? '';
  $('alert-title').hidden = !next.title;
  $('alert-message').replaceChildren(...linkified(next.message));
  dialog.showModal();
}

/** An alert's text, its addresses as links: one to a Doc of the workspace opens it here. */
function linkified(text: string): Node[] {
  return text
    .split(/(https?:\/\/[^\s<>"“”«»]+)/)
    .map((part, index) => (index % 2 === 1 ? linkElement(part, part) : document.createTextNode(part)));
}

function showToast(toast: ToastView): void {
  const box = el('div', { className: 'toast', attrs: { role: 'status' } }, [
    el('strong', { text: toast.title ?? '' }),
    el('span', { text: toast.message }),
  ]);
  $('toasts').append(box);
  setTimeout(() => box.remove(), 5000);
}

// ---------------------------------------------------------------- start

/** Another client (a script, a second tab) may change the workspace: follow it without disturbing typing. */
async function follow(): Promise<void> {
  try {
    const { version } = await api<{ version: string }>('GET', '/api/version');
    if (version !== page.state?.version) await refresh();
  } catch {
    // The server restarting: the next poll catches up.
  }
}

async function start(): Promise<void> {
  $<HTMLDialogElement>('alert').addEventListener('close', showNextAlert);
  $('sidebar-close').addEventListener('click', () => void closeSidebar());
  $<HTMLSelectElement>('file-switch').addEventListener('change', (event) => {
    const [host, id] = (event.target as HTMLSelectElement).value.split(':');
    open(host === 'docs' ? 'docs' : 'sheets', id).catch((error: Error) => say(error.message));
  });
  $<HTMLSelectElement>('signed-in').addEventListener('change', (event) => {
    void signIn((event.target as HTMLSelectElement).value);
  });
  $('share').addEventListener('submit', (event) => {
    event.preventDefault();
    void shareOpenFile();
  });
  $('plus-day').addEventListener('click', () => void moveClock(1));
  $('plus-week').addEventListener('click', () => void moveClock(7));
  $('reset').addEventListener('click', () => {
    const locale = ($('locale') as HTMLSelectElement).value;
    if (!window.confirm(`Start again with an empty spreadsheet (locale ${locale})? Everything is lost.`))
      return;
    void api('POST', '/api/reset', { locale }).then(() => open('sheets'));
  });
  window.addEventListener('message', (event: MessageEvent<FrameMessage>) => {
    if (event.origin !== window.location.origin) return;
    if (event.data?.type === 'alliance-workbench:changed') void refresh();
    if (event.data?.type === 'alliance-workbench:close-sidebar') void closeSidebar();
    if (event.data?.type === 'alliance-workbench:open') followLink(event.data.url);
  });
  const { active } = await api<WorkbenchState>('GET', '/api/state');
  await open(active?.host ?? 'sheets', active?.host === 'docs' ? active.fileId : undefined).catch(
    (error: Error) => refresh().then(() => say(error.message)),
  );
  setInterval(() => void follow(), 1500);
}

void start();
