// Conditional format rules (https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder):
// a boolean condition, the format it applies, and the ranges it covers.
import { isEnumValue } from '../core';
import { BooleanCriteria } from './enums';
import { gas, normalizeColour, type SpreadsheetWorkspace, signatureError } from './facade';
import type { ConditionalFormatData, SpreadsheetModel } from './model';
import { RangeFacade } from './range';
import { decodeArgument, encodeArgument, rangeRef } from './rules';

type GasRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GasRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

function emptyRule(): ConditionalFormatData {
  return { ranges: [], condition: { type: '', args: [] }, format: {} };
}

function rangesOf(
  ws: SpreadsheetWorkspace,
  book: SpreadsheetModel | null,
  rule: ConditionalFormatData,
): GasRange[] {
  if (!book) return [];
  return rule.ranges.flatMap((ref) => {
    const range = decodeArgument(ws, book, { range: ref });
    return range ? [gas<GasRange>(range)] : [];
  });
}

export class ConditionalFormatRuleBuilderFacade
  implements
    Pick<
      GasRuleBuilder,
      | 'whenFormulaSatisfied'
      | 'whenDateBefore'
      | 'whenDateAfter'
      | 'whenDateEqualTo'
      | 'whenTextEqualTo'
      | 'whenTextContains'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'whenNumberGreaterThan'
      | 'whenNumberLessThan'
      | 'setBackground'
      | 'setFontColor'
      | 'setBold'
      | 'setItalic'
      | 'setRanges'
      | 'getRanges'
      | 'build'
      | 'copy'
    >
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    private readonly rule: ConditionalFormatData = emptyRule(),
    private book: SpreadsheetModel | null = null,
  ) {}

  private hit(method: string): GasRuleBuilder {
    this.ws.calls.hit('spreadsheet', `ConditionalFormatRuleBuilder.${method}`);
    return gas(this);
  }

  private when(method: string, type: string, args: unknown[]): GasRuleBuilder {
    this.rule.condition = { type, args: args.map(encodeArgument) };
    return this.hit(method);
  }

  /** The formula is read for the range's top-left cell, relative references shifting per cell (#whenFormulaSatisfied(String)). */
  whenFormulaSatisfied(formula: string): GasRuleBuilder {
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }

  /** A Date, or a RelativeDate such as TODAY (#whenDateBefore(RelativeDate)). */
  whenDateBefore(
    date: GoogleAppsScript.Base.Date | GoogleAppsScript.Spreadsheet.RelativeDate,
  ): GasRuleBuilder {
    return this.when('whenDateBefore', isEnumValue(date) ? 'DATE_BEFORE_RELATIVE' : 'DATE_BEFORE', [date]);
  }

  whenDateAfter(
    date: GoogleAppsScript.Base.Date | GoogleAppsScript.Spreadsheet.RelativeDate,
  ): GasRuleBuilder {
    return this.when('whenDateAfter', isEnumValue(date) ? 'DATE_AFTER_RELATIVE' : 'DATE_AFTER', [date]);
  }

  whenDateEqualTo(
    date: GoogleAppsScript.Base.Date | GoogleAppsScript.Spreadsheet.RelativeDate,
  ): GasRuleBuilder {
    return this.when('whenDateEqualTo', isEnumValue(date) ? 'DATE_EQUAL_TO_RELATIVE' : 'DATE_EQUAL_TO', [
      date,
    ]);
  }

  whenTextEqualTo(text: string): GasRuleBuilder {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }

  whenTextContains(text: string): GasRuleBuilder {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [text]);
  }

  whenCellEmpty(): GasRuleBuilder {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }

  whenCellNotEmpty(): GasRuleBuilder {
    return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []);
  }

  whenNumberGreaterThan(number: number): GasRuleBuilder {
    return this.when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }

  whenNumberLessThan(number: number): GasRuleBuilder {
    return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }

  /** null removes the colour (#setBackground(String)). */
  setBackground(color: string | null): GasRuleBuilder {
    if (color === null) delete this.rule.format.background;
    else this.rule.format.background = normalizeColour(color);
    return this.hit('setBackground');
  }

  setFontColor(color: string | null): GasRuleBuilder {
    if (color === null) delete this.rule.format.fontColor;
    else this.rule.format.fontColor = normalizeColour(color);
    return this.hit('setFontColor');
  }

  setBold(bold: boolean | null): GasRuleBuilder {
    if (bold === null) delete this.rule.format.bold;
    else this.rule.format.bold = Boolean(bold);
    return this.hit('setBold');
  }

  setItalic(italic: boolean | null): GasRuleBuilder {
    if (italic === null) delete this.rule.format.italic;
    else this.rule.format.italic = Boolean(italic);
    return this.hit('setItalic');
  }

  setRanges(ranges: GasRange[]): GasRuleBuilder {
    if (!Array.isArray(ranges) || !ranges.every((range) => range instanceof RangeFacade)) {
      throw signatureError('ConditionalFormatRuleBuilder.setRanges', [ranges]);
    }
    const facades = ranges as unknown as RangeFacade[];
    this.rule.ranges = facades.map(rangeRef);
    this.book = facades[0]?.sheet.book ?? this.book;
    return this.hit('setRanges');
  }

  getRanges(): GasRange[] {
    this.hit('getRanges');
    return rangesOf(this.ws, this.book, this.rule);
  }

  build(): GasRule {
    this.hit('build');
    return gas(new ConditionalFormatRuleFacade(this.ws, structuredClone(this.rule), this.book));
  }

  copy(): GasRuleBuilder {
    this.hit('copy');
    return gas(new ConditionalFormatRuleBuilderFacade(this.ws, structuredClone(this.rule), this.book));
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule */
export class ConditionalFormatRuleFacade
  implements Pick<GasRule, 'getRanges' | 'getBooleanCondition' | 'getGradientCondition' | 'copy'>
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    readonly rule: ConditionalFormatData,
    private readonly book: SpreadsheetModel | null,
  ) {}

  private hit(method: string): void {
    this.ws.calls.hit('spreadsheet', `ConditionalFormatRule.${method}`);
  }

  getRanges(): GasRange[] {
    this.hit('getRanges');
    return rangesOf(this.ws, this.book, this.rule);
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition {
    this.hit('getBooleanCondition');
    return gas(new BooleanConditionFacade(this.ws, this.rule, this.book));
  }

  /** The emulator makes boolean rules only. */
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    this.hit('getGradientCondition');
    return null;
  }

  copy(): GasRuleBuilder {
    this.hit('copy');
    return gas(new ConditionalFormatRuleBuilderFacade(this.ws, structuredClone(this.rule), this.book));
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition */
export class BooleanConditionFacade
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.BooleanCondition,
      'getCriteriaType' | 'getCriteriaValues' | 'getBackground' | 'getFontColor' | 'getBold' | 'getItalic'
    >
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    private readonly rule: ConditionalFormatData,
    private readonly book: SpreadsheetModel | null,
  ) {}

  private hit(method: string): void {
    this.ws.calls.hit('spreadsheet', `BooleanCondition.${method}`);
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    this.hit('getCriteriaType');
    return gas(BooleanCriteria[this.rule.condition.type as keyof typeof BooleanCriteria] ?? null);
  }

  getCriteriaValues(): unknown[] {
    this.hit('getCriteriaValues');
    return this.rule.condition.args.map((arg) =>
      'range' in arg && !this.book ? null : decodeArgument(this.ws, this.book as SpreadsheetModel, arg),
    );
  }

  getBackground(): string | null {
    this.hit('getBackground');
    return this.rule.format.background ?? null;
  }

  getFontColor(): string | null {
    this.hit('getFontColor');
    return this.rule.format.fontColor ?? null;
  }

  getBold(): boolean | null {
    this.hit('getBold');
    return this.rule.format.bold ?? null;
  }

  getItalic(): boolean | null {
    this.hit('getItalic');
    return this.rule.format.italic ?? null;
  }
}

export function ruleDataOf(rule: unknown): ConditionalFormatData | null {
  return rule instanceof ConditionalFormatRuleFacade ? structuredClone(rule.rule) : null;
}
