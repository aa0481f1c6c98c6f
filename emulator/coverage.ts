// The emulator's coverage of Apps Script: per class of Google's reference, which methods it emulates (npm run coverage).
import { documentsState } from './document';
import { type GasClass, gasTypes } from './gas-types';
import { COVERAGE_FILE } from './not-emulated';
import { Workspace } from './workspace';

/** The globals the samples start from, as a script sees them. */
interface Globals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  CalendarApp: GoogleAppsScript.Calendar.CalendarApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
}

/** The address the tour's web serves an image at: a PNG's signature and header, 1 × 1 pixel. */
const SAMPLE_IMAGE = 'https://coverage.example/a.png';

/**
 * Objects no method without arguments leads to, made the way a script makes them. Classes reached neither way are
 * listed as not reached, which says nothing about whether they are emulated.
 */
const SAMPLES: Record<string, (g: Globals) => unknown> = {
  'Spreadsheet.Range': (g) => g.SpreadsheetApp.getActiveSheet().getRange('A1:B2'),
  'Spreadsheet.RangeList': (g) => g.SpreadsheetApp.getActiveSheet().getRangeList(['A1', 'B2']),
  'Spreadsheet.DeveloperMetadata': (g) =>
    g.SpreadsheetApp.getActiveSpreadsheet().addDeveloperMetadata('coverage').getDeveloperMetadata()[0],
  'Spreadsheet.RichTextValue': (g) => g.SpreadsheetApp.newRichTextValue().setText('a').build(),
  'Spreadsheet.DataValidation': (g) => g.SpreadsheetApp.newDataValidation().requireCheckbox().build(),
  'Spreadsheet.ConditionalFormatRule': (g) =>
    g.SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#ffffff')
      .setRanges([g.SpreadsheetApp.getActiveSheet().getRange('A1')])
      .build(),
  'Spreadsheet.BooleanCondition': (g) =>
    g.SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#ffffff')
      .build()
      .getBooleanCondition(),
  'Spreadsheet.Filter': (g) => g.SpreadsheetApp.getActiveSheet().getRange('A1:B2').createFilter(),
  'Spreadsheet.EmbeddedChartBuilder': (g) => g.SpreadsheetApp.getActiveSheet().newChart(),
  'Spreadsheet.Protection': (g) => g.SpreadsheetApp.getActiveSheet().protect(),
  'Spreadsheet.DeveloperMetadataFinder': (g) =>
    g.SpreadsheetApp.getActiveSpreadsheet().createDeveloperMetadataFinder(),
  'Document.Document': (g) => g.DocumentApp.create('Coverage'),
  'Document.Paragraph': (g) => g.DocumentApp.create('Coverage').getBody().appendParagraph('a'),
  'Document.ListItem': (g) => g.DocumentApp.create('Coverage').getBody().appendListItem('a'),
  'Document.Table': (g) =>
    g.DocumentApp.create('Coverage')
      .getBody()
      .appendTable([['a']]),
  'Document.TableRow': (g) =>
    g.DocumentApp.create('Coverage')
      .getBody()
      .appendTable([['a']])
      .getRow(0),
  'Document.TableCell': (g) =>
    g.DocumentApp.create('Coverage')
      .getBody()
      .appendTable([['a']])
      .getCell(0, 0),
  'Document.Text': (g) => g.DocumentApp.create('Coverage').getBody().appendParagraph('a').editAsText(),
  'Document.RangeBuilder': (g) => g.DocumentApp.create('Coverage').newRange(),
  'Document.InlineImage': (g) =>
    g.DocumentApp.create('Coverage')
      .getBody()
      .appendParagraph('')
      .appendInlineImage(g.UrlFetchApp.fetch(SAMPLE_IMAGE).getBlob()),
  'URL_Fetch.HTTPResponse': (g) => g.UrlFetchApp.fetch(SAMPLE_IMAGE),
  'HTML.HtmlOutput': (g) => g.HtmlService.createHtmlOutput('<p>a</p>'),
  'HTML.HtmlTemplate': (g) => g.HtmlService.createTemplate('<p>a</p>'),
  'Properties.Properties': (g) => g.PropertiesService.getScriptProperties(),
  'Lock.Lock': (g) => g.LockService.getScriptLock(),
  'Base.Menu': (g) => g.SpreadsheetApp.getUi().createMenu('a'),
  'Base.User': (g) => g.Session.getActiveUser(),
  'Calendar.Calendar': (g) => g.CalendarApp.getDefaultCalendar(),
  'Calendar.CalendarEvent': (g) =>
    g.CalendarApp.createEvent('a', new Date(0), new Date(0), { guests: 'guest@example.org' }),
  'Calendar.EventGuest': (g) =>
    g.CalendarApp.createEvent('a', new Date(0), new Date(0), {
      guests: 'guest@example.org',
    }).getGuestList()[0],
  'Script.TriggerBuilder': (g) => g.ScriptApp.newTrigger('a'),
  'Script.Trigger': (g) =>
    g.ScriptApp.newTrigger('a').timeBased().onWeekDay(g.ScriptApp.WeekDay.MONDAY).atHour(9).create(),
};

/** The methods of each reachable class the emulator has, found on the objects it hands a script. */
function emulatedMethods(): Map<string, Set<string>> {
  const { classes, globals: declared } = gasTypes();
  const ws = new Workspace();
  ws.open({ host: 'sheets', fileId: ws.createSpreadsheet('Coverage').id });
  ws.state(documentsState);
  ws.web.serve(SAMPLE_IMAGE, {
    contentType: 'image/png',
    bytes: Buffer.from('89504e470d0a1a0a0000000d494844520000000100000001080600000000000000', 'hex'),
  });
  const all = ws.globals();
  const globals = all as unknown as Globals;
  const found = new Map<string, Set<string>>();
  const queue: [unknown, string][] = Object.entries(all).flatMap(([name, value]) => {
    const className = declared.get(name);
    return className ? [[value, className] as [unknown, string]] : [];
  });
  for (const [className, make] of Object.entries(SAMPLES)) {
    try {
      queue.push([make(globals), className]);
    } catch {
      // A sample the emulator cannot make leaves its class not reached.
    }
  }
  while (queue.length > 0) {
    const [object, className] = queue.shift() as [unknown, string];
    const cls = classes.get(className);
    if (!cls || found.has(className) || typeof object !== 'object' || object === null) continue;
    const target = object as Record<string, unknown>;
    const methods = new Set([...cls.methods.keys()].filter((name) => typeof target[name] === 'function'));
    found.set(className, methods);
    for (const name of methods) {
      const method = cls.methods.get(name);
      if (!method?.returns || !method.noArguments || found.has(method.returns)) continue;
      try {
        const value = (target[name] as () => unknown).call(target);
        queue.push([Array.isArray(value) ? value[0] : value, method.returns]);
      } catch {
        // Some getters need a state the tour's workspace lacks (a sidebar, a filter...).
      }
    }
  }
  return found;
}

/** The services the emulator registers, as the declarations' namespaces name them. */
const NAMESPACES = [
  'Base',
  'Calendar',
  'Charts',
  'Document',
  'HTML',
  'Lock',
  'Mail',
  'Properties',
  'Script',
  'Spreadsheet',
  'URL_Fetch',
  'Utilities',
];

export function coverageMarkdown(): string {
  const emulated = emulatedMethods();
  const { classes } = gasTypes();
  const lines = [
    '# What the emulator covers of Apps Script',
    '',
    `Generated by \`npm run coverage\` from \`@types/google-apps-script\` and the emulator (\`emulator/coverage.ts\`); a`,
    'test fails when it is stale. A method listed under "not emulated" fails in the emulator with',
    '"Class.method is not emulated"; a class "not reached" was not met by the generator, which says nothing of it.',
    '',
  ];
  for (const namespace of NAMESPACES) {
    const inService = [...classes.values()]
      .filter((cls: GasClass) => cls.name.startsWith(`${namespace}.`) && cls.methods.size > 0)
      .sort((a, b) => a.name.localeCompare(b.name));
    lines.push(`## ${namespace}`, '', '| class | emulated | not emulated |', '| --- | --- | --- |');
    for (const cls of inService) {
      const methods = [...cls.methods.keys()].sort();
      const has = emulated.get(cls.name);
      if (!has) {
        lines.push(`| ${cls.name.slice(namespace.length + 1)} | not reached | ${methods.length} methods |`);
        continue;
      }
      const yes = methods.filter((name) => has.has(name));
      const no = methods.filter((name) => !has.has(name));
      lines.push(
        `| ${cls.name.slice(namespace.length + 1)} | ${yes.length ? yes.join(', ') : '—'} | ${no.length ? no.join(', ') : '—'} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

export { COVERAGE_FILE };
