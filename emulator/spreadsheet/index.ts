// The emulated SpreadsheetApp: the global a script sees and the JSON-safe spreadsheet model behind it.

import { SCOPE } from '../scopes';
import type { ServiceRegistration, ServiceState } from '../service';
import { ChartType } from './enums';
import type { SpreadsheetWorkspace } from './facade';
import { emptySheetData, type SpreadsheetData, SpreadsheetModel } from './model';
import { SpreadsheetAppFacade } from './spreadsheet';

export { columnLetters, formatA1, parseA1 } from './a1';
export type {
  CellData,
  ChartData,
  ConditionalFormatData,
  MetadataData,
  ProtectionData,
  SheetData,
  SpreadsheetData,
  ValidationData,
} from './model';
export { SheetModel, SpreadsheetModel } from './model';
export { checkValidation, invalidContent } from './validation';
export { displayValue, parseHyperlink } from './values';

/** The Charts global, for its ChartType enum (https://developers.google.com/apps-script/reference/charts/charts). */
export function createCharts(): { ChartType: typeof ChartType } {
  return { ChartType };
}

export function createSpreadsheetApp(ws: SpreadsheetWorkspace): SpreadsheetAppFacade {
  return new SpreadsheetAppFacade(ws);
}

/** Spreadsheet locales are language_COUNTRY (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale()). */
function spreadsheetLocale(userLocale: string): string {
  if (userLocale.includes('_')) return userLocale;
  const country: Record<string, string> = { en: 'US', sv: 'SE' };
  return `${userLocale}_${country[userLocale] ?? userLocale.toUpperCase()}`;
}

/** A new spreadsheet as Google makes it: one empty sheet "Sheet1" (id 0) of 1000 rows by 26 columns. */
export function newSpreadsheetModel(id: string, name: string, ws: SpreadsheetWorkspace): SpreadsheetModel {
  const model = new SpreadsheetModel({
    id,
    name,
    timeZone: ws.timeZone,
    locale: spreadsheetLocale(ws.locale),
    activeSheetId: 0,
    sheets: [emptySheetData(0, 'Sheet1')],
    metadata: [],
    nextIds: { sheet: 1, metadata: 1, chart: 1, protection: 1 },
  });
  model.now = () => ws.now();
  return model;
}

export function spreadsheetModelFromJSON(json: unknown, ws: SpreadsheetWorkspace): SpreadsheetModel {
  const model = new SpreadsheetModel(json as SpreadsheetData);
  model.now = () => ws.now();
  return model;
}

/** The workspace's spreadsheets by id, saved as a list of their models. */
export const spreadsheetsState: ServiceState<Map<string, SpreadsheetModel>> = {
  key: 'spreadsheets',
  create: () => new Map(),
  toJSON: (spreadsheets) => [...spreadsheets.values()].map((model) => model.toJSON()),
  fromJSON: (json, ws) =>
    new Map(
      (json as unknown[]).map((data) => {
        const model = spreadsheetModelFromJSON(data, ws);
        return [model.id, model];
      }),
    ),
};

export const spreadsheetService: ServiceRegistration = {
  name: 'SpreadsheetApp',
  reference: 'spreadsheet',
  scopes: {
    // Every method that reads or changes a spreadsheet, e.g. https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
    '*': [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets],
    // Opening or creating another file than the one the add-on runs in (spreadsheet-app#openById(String)).
    'SpreadsheetApp.create': [SCOPE.spreadsheets],
    'SpreadsheetApp.openById': [SCOPE.spreadsheets],
    'SpreadsheetApp.openByUrl': [SCOPE.spreadsheets],
    // Builders and the values they build touch no file; their pages list no authorization
    // (e.g. https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder).
    'SpreadsheetApp.getUi': [],
    'SpreadsheetApp.newDataValidation': [],
    'SpreadsheetApp.newConditionalFormatRule': [],
    'SpreadsheetApp.newRichTextValue': [],
    'SpreadsheetApp.newFilterCriteria': [],
    'DataValidationBuilder.*': [],
    'DataValidation.*': [],
    'ConditionalFormatRuleBuilder.*': [],
    'ConditionalFormatRule.*': [],
    'BooleanCondition.*': [],
    'RichTextValueBuilder.*': [],
    'RichTextValue.*': [],
    'FilterCriteriaBuilder.*': [],
    'EmbeddedChartBuilder.*': [],
  },
  globals: (ws) => ({ SpreadsheetApp: createSpreadsheetApp(ws), Charts: createCharts() }),
  state: spreadsheetsState,
};
