// Ranges of one sheet asked for together: one call for a single range, two for any number of them.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * The ranges of these A1 notations, in their order: getRange for one, one getRangeList for several
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String)).
 */
export function rangesOf(sheet: Sheet, notations: readonly string[]): Range[] {
  if (notations.length === 0) return [];
  if (notations.length === 1) return [sheet.getRange(notations[0])];
  return sheet.getRangeList([...notations]).getRanges();
}
