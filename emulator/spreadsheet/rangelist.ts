// The emulated RangeList (https://developers.google.com/apps-script/reference/spreadsheet/range-list): ranges of one
// sheet that one call formats together, each as Range's own method would.
import { gas, type SpreadsheetWorkspace } from './facade';
import type { RangeFacade } from './range';

type GasRangeList = GoogleAppsScript.Spreadsheet.RangeList;

export class RangeListFacade
  implements
    Pick<
      GasRangeList,
      'getRanges' | 'setValue' | 'setWrap' | 'setNumberFormat' | 'setFontWeight' | 'setBackground'
    >
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    private readonly ranges: readonly RangeFacade[],
  ) {}

  /** One call for the list: each range then does what its Range method does, with its checks (#setWrap(Boolean)). */
  private apply(method: string, each: (range: RangeFacade) => void): GasRangeList {
    this.ws.calls.hit('spreadsheet', `RangeList.${method}`);
    this.ws.calls.uncounted(() => {
      for (const range of this.ranges) each(range);
    });
    return gas(this);
  }

  /** The ranges in the order the list was made with (#getRanges()). */
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.ws.calls.hit('spreadsheet', 'RangeList.getRanges');
    return gas([...this.ranges]);
  }

  /**
   * Every cell of every range gets the value, as Range.setValue gives it: a string beginning with '=' is a formula, one
   * beginning with an apostrophe is text (#setValue(Object)).
   */
  setValue(value: unknown): GasRangeList {
    return this.apply('setValue', (range) => range.setValue(value));
  }

  setWrap(isWrapEnabled: boolean): GasRangeList {
    return this.apply('setWrap', (range) => range.setWrap(isWrapEnabled));
  }

  setNumberFormat(format: string): GasRangeList {
    return this.apply('setNumberFormat', (range) => range.setNumberFormat(format));
  }

  setFontWeight(fontWeight: string | null): GasRangeList {
    return this.apply('setFontWeight', (range) => range.setFontWeight(fontWeight));
  }

  setBackground(color: string | null): GasRangeList {
    return this.apply('setBackground', (range) => range.setBackground(color));
  }
}
