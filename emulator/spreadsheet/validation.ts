// Data validation (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder): the builder,
// built rules, and checkValidation, which decides what Sheets accepts when a person types into a validated cell.
import { DataValidationCriteria } from './enums';
import { gas, type SpreadsheetWorkspace } from './facade';
import type { RuleArgument, SheetModel, SpreadsheetModel, ValidationData } from './model';
import { RangeFacade } from './range';
import { decodeArgument, encodeArgument } from './rules';
import { displayValue, type ScriptValue, scriptValue, writtenCell, zonedFields } from './values';

type GasBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GasValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** A new rule allows invalid input, with a warning, until setAllowInvalid(false) (#setAllowInvalid(Boolean)). */
function emptyRule(): ValidationData {
  return { criteria: '', args: [], allowInvalid: true, helpText: null };
}

export class DataValidationBuilderFacade
  implements
    Pick<
      GasBuilder,
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'requireDate'
      | 'requireDateAfter'
      | 'requireDateBefore'
      | 'requireDateOnOrAfter'
      | 'requireDateOnOrBefore'
      | 'requireDateBetween'
      | 'requireNumberGreaterThan'
      | 'requireNumberGreaterThanOrEqualTo'
      | 'requireNumberLessThan'
      | 'requireNumberLessThanOrEqualTo'
      | 'requireNumberBetween'
      | 'requireTextIsEmail'
      | 'requireTextIsUrl'
      | 'requireCheckbox'
      | 'requireFormulaSatisfied'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'build'
      | 'copy'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getAllowInvalid'
      | 'getHelpText'
    >
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    private readonly rule: ValidationData = emptyRule(),
    /** The spreadsheet of a requireValueInRange range, to hand that range back. */
    private book: SpreadsheetModel | null = null,
  ) {}

  private hit(method: string): void {
    this.ws.calls.hit('spreadsheet', `DataValidationBuilder.${method}`);
  }

  private require(method: string, criteria: string, args: unknown[]): GasBuilder {
    this.hit(method);
    this.rule.criteria = criteria;
    this.rule.args = args.map(encodeArgument);
    return gas(this);
  }

  /** showDropdown defaults to true (#requireValueInList(String,Boolean)). */
  requireValueInList(values: string[], showDropdown = true): GasBuilder {
    return this.require('requireValueInList', 'VALUE_IN_LIST', [values, showDropdown]);
  }

  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): GasBuilder {
    if (range instanceof RangeFacade) this.book = range.sheet.book;
    return this.require('requireValueInRange', 'VALUE_IN_RANGE', [range, showDropdown]);
  }

  requireDate(): GasBuilder {
    return this.require('requireDate', 'DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: Date): GasBuilder {
    return this.require('requireDateAfter', 'DATE_AFTER', [date]);
  }

  requireDateBefore(date: Date): GasBuilder {
    return this.require('requireDateBefore', 'DATE_BEFORE', [date]);
  }

  requireDateOnOrAfter(date: Date): GasBuilder {
    return this.require('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', [date]);
  }

  requireDateOnOrBefore(date: Date): GasBuilder {
    return this.require('requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', [date]);
  }

  requireDateBetween(start: Date, end: Date): GasBuilder {
    return this.require('requireDateBetween', 'DATE_BETWEEN', [start, end]);
  }

  requireNumberGreaterThan(number: number): GasBuilder {
    return this.require('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): GasBuilder {
    return this.require('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberLessThan(number: number): GasBuilder {
    return this.require('requireNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): GasBuilder {
    return this.require('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberBetween(start: number, end: number): GasBuilder {
    return this.require('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }

  requireTextIsEmail(): GasBuilder {
    return this.require('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): GasBuilder {
    return this.require('requireTextIsUrl', 'TEXT_IS_VALID_URL', []);
  }

  /** Ticked is TRUE and unticked FALSE unless custom values are given (#requireCheckbox(Object,Object)). */
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GasBuilder {
    const args = [checkedValue, uncheckedValue].filter((value) => value !== undefined);
    return this.require('requireCheckbox', 'CHECKBOX', args);
  }

  requireFormulaSatisfied(formula: string): GasBuilder {
    return this.require('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }

  setAllowInvalid(allowInvalidData: boolean): GasBuilder {
    this.hit('setAllowInvalid');
    this.rule.allowInvalid = Boolean(allowInvalidData);
    return gas(this);
  }

  setHelpText(helpText: string): GasBuilder {
    this.hit('setHelpText');
    this.rule.helpText = helpText === null ? null : String(helpText);
    return gas(this);
  }

  build(): GasValidation {
    this.hit('build');
    return gas(new DataValidationFacade(this.ws, structuredClone(this.rule), this.book));
  }

  copy(): GasBuilder {
    this.hit('copy');
    return gas(new DataValidationBuilderFacade(this.ws, structuredClone(this.rule), this.book));
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.hit('getCriteriaType');
    return gas(criteriaEnum(this.rule));
  }

  getCriteriaValues(): unknown[] {
    this.hit('getCriteriaValues');
    return criteriaValues(this.ws, this.book, this.rule.args);
  }

  getAllowInvalid(): boolean {
    this.hit('getAllowInvalid');
    return this.rule.allowInvalid;
  }

  getHelpText(): string | null {
    this.hit('getHelpText');
    return this.rule.helpText;
  }
}

function criteriaEnum(rule: ValidationData) {
  return DataValidationCriteria[rule.criteria as keyof typeof DataValidationCriteria] ?? null;
}

function criteriaValues(
  ws: SpreadsheetWorkspace,
  book: SpreadsheetModel | null,
  args: RuleArgument[],
): unknown[] {
  return args.map((arg) =>
    'range' in arg && !book ? null : decodeArgument(ws, book as SpreadsheetModel, arg),
  );
}

/** A built rule (https://developers.google.com/apps-script/reference/spreadsheet/data-validation). */
export class DataValidationFacade
  implements
    Pick<GasValidation, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'>
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    readonly rule: ValidationData,
    /** The spreadsheet the rule was read from, to hand back its ranges. */
    private readonly book: SpreadsheetModel | null = null,
  ) {}

  private hit(method: string): void {
    this.ws.calls.hit('spreadsheet', `DataValidation.${method}`);
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.hit('getCriteriaType');
    return gas(criteriaEnum(this.rule));
  }

  /** e.g. [["a", "b"], true] for requireValueInList(["a", "b"]); a Range for requireValueInRange (#getCriteriaValues()). */
  getCriteriaValues(): unknown[] {
    this.hit('getCriteriaValues');
    return criteriaValues(this.ws, this.book, this.rule.args);
  }

  getAllowInvalid(): boolean {
    this.hit('getAllowInvalid');
    return this.rule.allowInvalid;
  }

  /** null when no help text is set (#getHelpText()). */
  getHelpText(): string {
    this.hit('getHelpText');
    return gas(this.rule.helpText);
  }

  copy(): GasBuilder {
    this.hit('copy');
    return gas(new DataValidationBuilderFacade(this.ws, structuredClone(this.rule), this.book));
  }
}

/** The rule data behind a built rule, for Range.setDataValidation. */
export function ruleOf(rule: unknown): ValidationData | null {
  return rule instanceof DataValidationFacade ? structuredClone(rule.rule) : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^(https?|ftp):\/\/[^\s]+$/i;

function dayNumber(date: Date, timeZone: string): number {
  const f = zonedFields(date, timeZone);
  return Date.UTC(f.year, f.month - 1, f.day);
}

/** Whether a value satisfies a rule's criteria; a rule the emulator cannot compute (custom formula) accepts everything. */
export function satisfies(rule: ValidationData, value: ScriptValue, book: SpreadsheetModel): boolean {
  const args = rule.args;
  const number = (i: number) => ('number' in args[i] ? (args[i] as { number: number }).number : Number.NaN);
  const day = (i: number) => dayNumber(new Date((args[i] as { date: string }).date), book.timeZone);
  const text = displayValue(value, undefined, book.timeZone, book.locale);
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return 'list' in args[0] && args[0].list.includes(text);
    case 'VALUE_IN_RANGE': {
      if (!('range' in args[0])) return true;
      const { sheetId, row, column, numRows, numColumns } = args[0].range;
      const sheet = book.sheetById(sheetId);
      if (!sheet) return true;
      for (let r = row; r < row + numRows; r++) {
        for (let c = column; c < column + numColumns; c++) {
          const listed = sheet.valueAt(r, c);
          if (
            listed !== '' &&
            displayValue(listed, sheet.cell(r, c)?.numberFormat, book.timeZone, book.locale) === text
          )
            return true;
        }
      }
      return false;
    }
    case 'TEXT_IS_VALID_EMAIL':
      return typeof value === 'string' && EMAIL.test(value);
    case 'TEXT_IS_VALID_URL':
      return typeof value === 'string' && URL_PATTERN.test(value);
    case 'CHECKBOX': {
      if (args.length === 0) return typeof value === 'boolean';
      const allowed = args.map((arg) => scriptArgText(arg));
      return allowed.includes(text);
    }
    case 'CUSTOM_FORMULA':
      return true;
  }
  if (rule.criteria.startsWith('NUMBER_')) {
    if (typeof value !== 'number') return false;
    switch (rule.criteria) {
      case 'NUMBER_BETWEEN':
        return value >= number(0) && value <= number(1);
      case 'NUMBER_NOT_BETWEEN':
        return value < number(0) || value > number(1);
      case 'NUMBER_EQUAL_TO':
        return value === number(0);
      case 'NUMBER_NOT_EQUAL_TO':
        return value !== number(0);
      case 'NUMBER_GREATER_THAN':
        return value > number(0);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return value >= number(0);
      case 'NUMBER_LESS_THAN':
        return value < number(0);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return value <= number(0);
    }
  }
  if (rule.criteria.startsWith('DATE_')) {
    if (!(value instanceof Date)) return false;
    const typed = dayNumber(value, book.timeZone);
    switch (rule.criteria) {
      case 'DATE_IS_VALID_DATE':
        return true;
      case 'DATE_AFTER':
        return typed > day(0);
      case 'DATE_BEFORE':
        return typed < day(0);
      case 'DATE_ON_OR_AFTER':
        return typed >= day(0);
      case 'DATE_ON_OR_BEFORE':
        return typed <= day(0);
      case 'DATE_EQUAL_TO':
        return typed === day(0);
      case 'DATE_BETWEEN':
        return typed >= day(0) && typed <= day(1);
      case 'DATE_NOT_BETWEEN':
        return typed < day(0) || typed > day(1);
    }
  }
  return true;
}

function scriptArgText(arg: RuleArgument): string {
  if ('text' in arg) return arg.text;
  if ('number' in arg) return String(arg.number);
  if ('boolean' in arg) return arg.boolean ? 'TRUE' : 'FALSE';
  return '';
}

/**
 * What Sheets tells a person whose input a rule rejects: the rule's help text, else a sentence naming the criteria in
 * the manner of Sheets' own warnings (https://support.google.com/docs/answer/186103).
 */
function rejectionMessage(rule: ValidationData): string {
  if (rule.helpText) return rule.helpText;
  if (rule.criteria === 'VALUE_IN_LIST' || rule.criteria === 'VALUE_IN_RANGE')
    return 'Input must be an item on the specified list.';
  if (rule.criteria === 'TEXT_IS_VALID_EMAIL') return 'Input must be a valid email address.';
  if (rule.criteria === 'TEXT_IS_VALID_URL') return 'Input must be a valid URL.';
  if (rule.criteria === 'CHECKBOX') return 'Input must be a checkbox value.';
  if (rule.criteria.startsWith('DATE_')) return 'Input must be a valid date that meets the rule.';
  if (rule.criteria.startsWith('NUMBER_')) return 'Input must be a number that meets the rule.';
  return 'Input must satisfy the validation rule.';
}

/**
 * Pure and uncounted, for the workbench: why a cell's content breaks its rule, or null. Sheets marks such a cell
 * invalid (a red corner, the message on hover) whatever the rule's allowInvalid, since a warning-only rule or a
 * script let the content in (https://support.google.com/docs/answer/186103). Empty cells are never invalid.
 */
export function invalidContent(sheet: SheetModel, row: number, column: number): string | null {
  const cell = sheet.cell(row, column);
  if (!cell?.validation || (cell.value === undefined && cell.formula === undefined)) return null;
  const value = sheet.valueAt(row, column);
  if (value === '' || satisfies(cell.validation, value, sheet.book)) return null;
  return rejectionMessage(cell.validation);
}

/**
 * Pure and uncounted, for the workbench: what Sheets does when a person types `input` into a cell under a rule.
 * Answers the message Sheets shows when it rejects the input (the rule does not allow invalid data), or null when
 * the input is taken (valid, empty, or invalid but allowed with a warning, as Sheets does for allowInvalid rules).
 * `target` is the cell's Range, a built DataValidation, or the rule's data with its spreadsheet.
 * setValues never calls this: scripts write past validation, as in Google.
 */
export function checkValidation(
  target:
    | GoogleAppsScript.Spreadsheet.Range
    | GoogleAppsScript.Spreadsheet.DataValidation
    | ValidationData
    | null,
  input: unknown,
  book?: SpreadsheetModel,
): string | null {
  let rule: ValidationData | null | undefined = null;
  let spreadsheet = book;
  let plainText = false;
  if (target instanceof RangeFacade) {
    const cell = target.sheet.cell(target.rect.row, target.rect.column);
    rule = cell?.validation;
    spreadsheet = target.sheet.book;
    plainText = cell?.numberFormat === '@';
  } else if (target instanceof DataValidationFacade) rule = target.rule;
  else if (target && 'criteria' in target) rule = target as ValidationData;
  if (!rule || !spreadsheet || rule.allowInvalid) return null;
  const written = writtenCell(input, spreadsheet.timeZone, plainText);
  if ('empty' in written || 'formula' in written) return null;
  return satisfies(rule, scriptValue(written.value), spreadsheet) ? null : rejectionMessage(rule);
}
