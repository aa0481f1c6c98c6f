// Set-up's plan from a snapshot: what it adds, what it keeps, and that a second run changes nothing.
import {
  columnHeader,
  columnsOf,
  columnTag,
  SHEET_KEYS,
  sheetTitle,
  type TableKey,
} from '../../src/domain/schema';
import {
  GUIDE_TASKS,
  guideFill,
  planSetup,
  reportText,
  type SheetSnapshot,
  swotGrid,
  type TablePlan,
  type WorkbookSnapshot,
  widthSpans,
} from '../../src/domain/setup';

const emptySheet = (sheetId: number, name: string): SheetSnapshot => ({
  sheetId,
  name,
  lastRow: 0,
  lastColumn: 0,
  maxColumns: 26,
  frozenRows: 0,
  header: [],
  tags: [],
});

/** A sheet as a previous set-up left it: every column of the table in schema order, tagged, with its header. */
function setUpSheet(sheetId: number, table: TableKey, language: 'en' | 'fr' = 'en'): SheetSnapshot {
  const columns = columnsOf(table);
  return {
    ...emptySheet(sheetId, sheetTitle(language, table)),
    lastRow: 1,
    lastColumn: columns.length,
    frozenRows: 1,
    header: columns.map((column) => columnHeader(language, table, column.key)),
    tags: columns.map((column, index) => ({ value: columnTag(table, column.key), column: index + 1 })),
  };
}

function setUpWorkbook(language: 'en' | 'fr' = 'en'): WorkbookSnapshot {
  const sheets = SHEET_KEYS.map((key, index) =>
    key === 'swot' || key === 'dashboard'
      ? {
          ...emptySheet(index + 1, sheetTitle(language, key)),
          lastRow: 6,
          lastColumn: 3,
          header: key === 'swot' ? ['Internal facts', 'STRENGTHS', 'WEAKNESSES'] : ['Alliance dashboard'],
        }
      : setUpSheet(index + 1, key as TableKey, language),
  );
  return { sheetCount: sheets.length, sheets, otherNames: [] };
}

const fresh: WorkbookSnapshot = { sheetCount: 1, sheets: [emptySheet(0, 'Sheet1')], otherNames: [] };

describe('set-up on an empty spreadsheet', () => {
  const plan = planSetup(fresh, 'fr');

  it('creates the nine sheets with their titles in the workbook language', () => {
    expect(plan.sheets.map((sheet) => [sheet.name, sheet.sheetId])).toEqual(
      SHEET_KEYS.map((key) => [sheetTitle('fr', key), null]),
    );
  });

  it('lays every table out in schema order from column A, with headers in one run', () => {
    const actionPlan = plan.sheets.find((sheet) => sheet.sheet === 'actionPlan')?.table;
    expect(actionPlan?.added.map((column) => column.column)).toEqual(
      columnsOf('actionPlan').map((_, i) => i + 1),
    );
    expect(actionPlan?.headers).toEqual([
      {
        column: 1,
        values: columnsOf('actionPlan').map((column) => columnHeader('fr', 'actionPlan', column.key)),
      },
    ]);
  });

  it('freezes and protects header rows, fills the Guide, SWOT and Dashboard, and removes the empty Sheet1', () => {
    const tables = plan.sheets.filter((sheet) => sheet.table);
    expect(tables.every((sheet) => sheet.freezeHeader && sheet.protectHeader)).toBe(true);
    expect(plan.sheets.map((sheet) => sheet.fill).filter(Boolean)).toEqual(['guide', 'swot', 'dashboard']);
    expect(plan.removeSheets).toEqual([{ sheetId: 0, name: 'Sheet1' }]);
  });

  it('gives list columns their labels, date columns a date check and owners the Members names', () => {
    const columns = plan.sheets.flatMap((sheet) => sheet.table?.added ?? []);
    const status = plan.sheets
      .find((s) => s.sheet === 'actionPlan')
      ?.table?.added.find((c) => c.key === 'status');
    expect(status?.check).toMatchObject({
      type: 'list',
      values: ['Pas commencée', 'En cours', 'Terminée', 'Bloquée'],
    });
    const owner = plan.sheets
      .find((s) => s.sheet === 'actionPlan')
      ?.table?.added.find((c) => c.key === 'owner');
    expect(owner?.check).toMatchObject({ type: 'member', membersColumn: 1 });
    expect(columns.filter((column) => column.check?.type === 'date').length).toBeGreaterThan(0);
    expect(
      columns.filter((c) => c.check?.type === 'date').every((c) => c.numberFormat === 'yyyy-mm-dd'),
    ).toBe(true);
    // Phone numbers keep "0612…" and "+33…" as typed: their columns are plain text.
    const phones = plan.sheets.flatMap((s) => s.table?.added.filter((c) => c.key === 'phone') ?? []);
    expect(phones.map((c) => c.numberFormat)).toEqual(['@', '@']);
  });

  it('colours action rows from the status and due columns, with the done label in the workbook language', () => {
    const actionPlan = plan.sheets.find((sheet) => sheet.sheet === 'actionPlan');
    expect(actionPlan?.rules.map((rule) => rule.formula)).toEqual([
      '=$O2="Terminée"',
      '=AND(ISNUMBER($J2),$J2<TODAY(),$O2<>"Terminée")',
      '=AND(ISNUMBER($J2),$J2>=TODAY(),$J2<=TODAY()+14,$O2<>"Terminée")',
    ]);
    expect(actionPlan?.ruleWidth).toBe(18);
  });

  it('reports in the user language what it made', () => {
    const text = reportText(plan, 'en');
    expect(text).toContain('The alliance workbook is set up in French.');
    expect(text).toContain('Created the sheet “Membres”.');
    expect(text).toContain('Removed the empty sheet “Sheet1”.');
  });
});

describe('set-up again', () => {
  it('changes nothing on a workbook it set up, and says so', () => {
    const plan = planSetup(setUpWorkbook('fr'), 'fr');
    expect(plan.unchanged).toBe(true);
    expect(reportText(plan, 'fr')).toBe(
      "Le classeur contient déjà tout ce qu'il lui faut : rien n'a été modifié.",
    );
  });

  it('follows moved columns and renamed headers, adding nothing', () => {
    const workbook = setUpWorkbook();
    const actionPlan = workbook.sheets.find((sheet) => sheet.name === 'Action plan') as SheetSnapshot;
    // A person moved "due" to column A, renamed it, and inserted a column of their own at B.
    actionPlan.tags = actionPlan.tags.map((tag) =>
      tag.value === 'actionPlan.due' ? { ...tag, column: 1 } : { ...tag, column: tag.column + 1 },
    );
    actionPlan.header = ['Deadline!', 'My notes', ...actionPlan.header.filter((h) => !h.endsWith(': due'))];
    actionPlan.lastColumn = actionPlan.header.length;
    const plan = planSetup(workbook, 'en');
    expect(plan.unchanged).toBe(true);
    expect(plan.sheets.find((sheet) => sheet.sheet === 'actionPlan')?.table?.columns.due).toBe(1);
  });

  it('adds a deleted column after the last used column, and writes back only an emptied header', () => {
    const workbook = setUpWorkbook();
    const members = workbook.sheets.find((sheet) => sheet.name === 'Members') as SheetSnapshot;
    // A person deleted the Phone column (F) and cleared the Name header.
    members.tags = members.tags
      .filter((tag) => tag.value !== 'members.phone')
      .map((tag) => (tag.column > 6 ? { ...tag, column: tag.column - 1 } : tag));
    members.header = members.header.filter((header) => header !== 'Phone');
    members.header[0] = '';
    members.lastColumn = 11;
    members.lastRow = 40;
    const plan = planSetup(workbook, 'en');
    const table = plan.sheets.find((sheet) => sheet.sheet === 'members')?.table;
    expect(table?.added.map((column) => [column.key, column.column])).toEqual([['phone', 12]]);
    expect(table?.headers).toEqual([
      { column: 1, values: ['Name'] },
      { column: 12, values: ['Phone'] },
    ]);
    const text = reportText(plan, 'en');
    expect(text).toContain('Added 1 column to “Members”: Phone.');
    expect(text).toContain('Wrote 1 empty header back in “Members”: Name.');
    expect(plan.sheets.find((sheet) => sheet.sheet === 'members')?.protectHeader).toBe(false);
  });
});

describe('set-up beside content a person made', () => {
  it('keeps a Members sheet with other content and adds the columns after it, recognising its own headers', () => {
    const members: SheetSnapshot = {
      ...emptySheet(7, 'Members'),
      lastRow: 3,
      lastColumn: 3,
      header: ['Team', 'email ', 'Notes'],
    };
    const plan = planSetup({ sheetCount: 1, sheets: [members], otherNames: [] }, 'en');
    const sheet = plan.sheets.find((s) => s.sheet === 'members');
    expect(sheet?.sheetId).toBe(7);
    expect(sheet?.table?.recognised).toEqual([{ key: 'email', column: 2 }]);
    expect(sheet?.table?.added[0]).toMatchObject({ key: 'name', column: 4 });
    expect(sheet?.table?.columnsNeeded).toBe(14);
    expect(plan.removeSheets).toEqual([]);
    const text = reportText(plan, 'en');
    expect(text).toContain(
      'The sheet “Members” already had other content: it is kept as it was, and the alliance’s columns were added after it, from column D.',
    );
    expect(text).toContain('Recognised 1 existing column in “Members” by its header: Email.');
  });

  it('knows a dashboard it made, even refreshed with the alliance name, from a sheet a person made', () => {
    const refreshed: SheetSnapshot = {
      ...emptySheet(3, 'Tableau de bord'),
      lastRow: 30,
      lastColumn: 5,
      header: ["Tableau de bord de l'Alliance – Alliance Gironde"],
    };
    const theirs: SheetSnapshot = { ...refreshed, name: 'Dashboard', header: ['Sales 2026'] };
    const lines = (sheet: SheetSnapshot) =>
      planSetup({ sheetCount: 1, sheets: [sheet], otherNames: [] }, 'fr').report;
    expect(lines(refreshed).map((line) => line.key)).not.toContain('setup.leftSheet');
    expect(lines(theirs)).toContainEqual({
      key: 'setup.leftSheet',
      params: { sheet: 'Dashboard', name: 'Tableau de bord' },
    });
  });

  it('leaves a SWOT sheet with other content to its author and draws the grid on a sheet of its own', () => {
    const swot: SheetSnapshot = {
      ...emptySheet(3, 'SWOT'),
      lastRow: 2,
      lastColumn: 1,
      header: ['Our notes'],
    };
    const plan = planSetup({ sheetCount: 1, sheets: [swot], otherNames: [] }, 'en');
    expect(plan.sheets.find((s) => s.sheet === 'swot')).toMatchObject({
      sheetId: null,
      name: 'SWOT (2)',
      fill: 'swot',
    });
    expect(reportText(plan, 'en')).toContain(
      'The sheet “SWOT” was not made by Alliance Kit: it is left as it is, and the alliance’s is “SWOT (2)”.',
    );
  });

  it.each([
    ['a table', 'members', 'Leden', ['Team', 'Notes']],
    ['the dashboard', 'dashboard', 'Översikt', ['Sales 2026']],
  ] as const)(
    'takes a sheet titled for %s in any language only when it may be its own',
    (_, key, title, header) => {
      const theirs: SheetSnapshot = {
        ...emptySheet(3, title),
        lastRow: 4,
        lastColumn: 2,
        header: [...header],
      };
      const plan = planSetup({ sheetCount: 1, sheets: [theirs], otherNames: [] }, 'en');
      expect(plan.sheets.find((s) => s.sheet === key)?.sheetId).toBeNull();
      expect(plan.sheets.every((s) => s.sheetId !== 3)).toBe(true);
    },
  );

  it('keeps the sheets set-up recorded, whatever they are called now, before any titled one', () => {
    const renamed: SheetSnapshot = { ...setUpSheet(4, 'members'), name: 'Our people', recordedAs: 'members' };
    const dashboard: SheetSnapshot = {
      ...emptySheet(6, 'Board'),
      lastRow: 20,
      lastColumn: 5,
      header: ['x'],
      recordedAs: 'dashboard',
    };
    const titled: SheetSnapshot = {
      ...emptySheet(5, 'Dashboard'),
      lastRow: 3,
      lastColumn: 1,
      header: ['Mine'],
    };
    const plan = planSetup({ sheetCount: 3, sheets: [renamed, titled, dashboard], otherNames: [] }, 'en');
    expect(plan.sheets.find((s) => s.sheet === 'members')?.sheetId).toBe(4);
    expect(plan.sheets.find((s) => s.sheet === 'dashboard')).toMatchObject({ sheetId: 6, fill: null });
    expect(plan.report.map((line) => line.key)).not.toContain('setup.leftSheet');
  });

  it('never takes the name of a sheet it does not use', () => {
    const renamedMembers = { ...setUpSheet(4, 'members'), name: 'Members' };
    const stakeholdersNamedGuide = { ...setUpSheet(5, 'stakeholders'), name: 'Guide' };
    const plan = planSetup(
      { sheetCount: 2, sheets: [renamedMembers, stakeholdersNamedGuide], otherNames: [] },
      'en',
    );
    expect(plan.sheets.find((s) => s.sheet === 'stakeholders')?.sheetId).toBe(5);
    expect(plan.sheets.find((s) => s.sheet === 'guide')?.name).toBe('Guide (2)');
  });
});

describe('the Guide and the SWOT grid', () => {
  it("lists the Guide's six steps, each task to do with its id, linked to its tool, with a progress formula", () => {
    const table = { columns: { step: 1, task: 2, status: 3, tool: 4, taskId: 5 }, usedColumns: 5 };
    const { rows, progress } = guideFill('fr', table, (sheet) => ({ formula: `=link(${sheet})` }));
    expect(new Set(rows.map((row) => row[0])).size).toBe(6);
    expect(rows[0][0]).toBe("ÉTAPE 1 – Portée de l'Alliance");
    expect(rows.every((row) => row[2] === 'À faire')).toBe(true);
    expect(rows.find((row) => row[1] === 'Rédiger le plan de communication')?.[3]).toEqual({
      formula: '=link(communicationPlan)',
    });
    expect(rows.map((row) => row[4])).toEqual(GUIDE_TASKS.map(({ task }) => task));
    expect(progress).toEqual({
      column: 7,
      label: 'Progression',
      formula: '=IFERROR(COUNTIF(C2:C,"Fait")/COUNTA(B2:B),0)',
    });
  });

  it('carries every task the guide gives each step, in its step: the charter in ÉTAPE 4', () => {
    const table = { columns: { step: 1, task: 2, status: 3, tool: 4, taskId: 5 }, usedColumns: 5 };
    const steps = guideFill('fr', table, () => '').rows.map((row) => [row[0], row[4]]);
    const stepOf = (id: string) => steps.find((row) => row[1] === id)?.[0];
    expect(stepOf('charter')).toBe('ÉTAPE 4 – Identification et planification');
    expect(
      ['media', 'profilePage', 'gapsWorkshop', 'publishResearch', 'launchEvent', 'politicians'].map(stepOf),
    ).toEqual([
      'ÉTAPE 2 – Se lancer',
      'ÉTAPE 2 – Se lancer',
      'ÉTAPE 3 – Analyser la situation actuelle',
      'ÉTAPE 4 – Identification et planification',
      'ÉTAPE 4 – Identification et planification',
      'ÉTAPE 5 – Diffusion / Approches clés en termes de communication',
    ]);
    expect(steps.filter((row) => row[0] === 'ÉTAPE 6 – Viabilité').map((row) => row[1])).toEqual([
      'swot',
      'selfAssessment',
      'jointReview',
      'externalEvaluation',
      'subCommittee',
      'sustainability',
    ]);
  });

  it('puts the progress beside everything in the Guide sheet, never on a cell a person wrote', () => {
    const guide: SheetSnapshot = {
      ...emptySheet(2, 'Guide'),
      lastRow: 1,
      lastColumn: 6,
      header: ['Step', 'Task', 'Status', 'Tool', '', 'Our note'],
    };
    const plan = planSetup({ sheetCount: 1, sheets: [guide], otherNames: [] }, 'en');
    const table = plan.sheets.find((sheet) => sheet.sheet === 'guide')?.table;
    expect(table?.recognised).toHaveLength(4);
    expect(guideFill('en', table as TablePlan, () => '').progress.column).toBe(9);
  });

  it("draws the Guide's four quadrants with their questions", () => {
    const { values } = swotGrid('fr');
    expect(values[0]).toEqual(['Faits internes', 'FORCES', 'FAIBLESSES']);
    expect(values[3]).toEqual(['Faits externes', 'OPPORTUNITÉS', 'MENACES']);
    expect(values[1][1]).toMatch(/^Quels sont les avantages de votre communauté \?/);
    expect(values[4][2]).toMatch(/La communauté est-elle en train de changer \?$/);
  });
});

describe('column widths in the fewest Sheet.setColumnWidths calls (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setColumnWidths(Integer,Integer,Integer))', () => {
  /** The widths the spans leave, each span applied over the ones before it. */
  function applied(first: number, count: number, spans: ReturnType<typeof widthSpans>): number[] {
    const widths = Array<number>(count).fill(100);
    for (const span of spans) {
      for (let column = span.column; column < span.column + span.count; column++)
        widths[column - first] = span.value;
    }
    return widths;
  }

  it('paints a width over a narrower column between two of it, then the narrow one', () => {
    expect(widthSpans(3, [200, 140, 200])).toEqual([
      { column: 3, count: 3, value: 200 },
      { column: 4, count: 1, value: 140 },
    ]);
    expect(widthSpans(1, [80, 80, 120])).toEqual([
      { column: 1, count: 2, value: 80 },
      { column: 3, count: 1, value: 120 },
    ]);
  });

  it('gives every table its widths, in no more calls than its runs of equal widths', () => {
    for (const table of SHEET_KEYS.filter((key): key is TableKey => key !== 'swot' && key !== 'dashboard')) {
      const widths = columnsOf(table).map((column) => column.width);
      const spans = widthSpans(2, widths);
      expect(applied(2, widths.length, spans)).toEqual(widths);
      const runs = widths.filter((width, index) => width !== widths[index - 1]).length;
      expect(spans.length).toBeLessThanOrEqual(runs);
    }
  });
});
