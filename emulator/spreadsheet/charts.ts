// Charts embedded in a sheet (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder):
// type, data ranges (kept as grid coordinates, shown as A1), options and position, recorded for the workbench to draw.
import { scriptError } from '../core';
import { ChartType } from './enums';
import { gas, isInteger, type SpreadsheetWorkspace, signatureError } from './facade';
import type { ChartData, SheetModel } from './model';
import { RangeFacade } from './range';
import { decodeArgument, rangeRef } from './rules';

type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GasChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** A chart not yet inserted has no id; -1 headers lets Sheets guess them (#setNumHeaders(Integer)). */
function emptyChart(): ChartData {
  return {
    chartId: 0,
    chartType: null,
    ranges: [],
    options: {},
    position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
  };
}

function rangesOf(ws: SpreadsheetWorkspace, sheet: SheetModel, chart: ChartData): GasRange[] {
  return chart.ranges.flatMap((ref) => {
    const range = decodeArgument(ws, sheet.book, { range: ref });
    return range ? [gas<GasRange>(range)] : [];
  });
}

export class EmbeddedChartBuilderFacade
  implements
    Pick<
      GasChartBuilder,
      | 'addRange'
      | 'removeRange'
      | 'clearRanges'
      | 'getRanges'
      | 'setChartType'
      | 'getChartType'
      | 'setPosition'
      | 'setOption'
      | 'setNumHeaders'
      | 'build'
    >
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    private readonly sheet: SheetModel,
    private readonly chart: ChartData = emptyChart(),
  ) {}

  private hit(method: string): GasChartBuilder {
    this.ws.calls.hit('spreadsheet', `EmbeddedChartBuilder.${method}`);
    return gas(this);
  }

  addRange(range: GasRange): GasChartBuilder {
    if (!(range instanceof RangeFacade)) throw signatureError('EmbeddedChartBuilder.addRange', [range]);
    this.chart.ranges.push(rangeRef(range));
    return this.hit('addRange');
  }

  removeRange(range: GasRange): GasChartBuilder {
    if (range instanceof RangeFacade) {
      const removed = JSON.stringify(rangeRef(range));
      this.chart.ranges = this.chart.ranges.filter((ref) => JSON.stringify(ref) !== removed);
    }
    return this.hit('removeRange');
  }

  clearRanges(): GasChartBuilder {
    this.chart.ranges = [];
    return this.hit('clearRanges');
  }

  getRanges(): GasRange[] {
    this.hit('getRanges');
    return rangesOf(this.ws, this.sheet, this.chart);
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): GasChartBuilder {
    this.chart.chartType = String(type);
    return this.hit('setChartType');
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    this.hit('getChartType');
    return gas(
      this.chart.chartType === null ? null : ChartType[this.chart.chartType as keyof typeof ChartType],
    );
  }

  /** The chart's top-left corner sits in cell (anchorRowPos, anchorColPos), shifted by pixels (#setPosition(Integer,Integer,Integer,Integer)). */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GasChartBuilder {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every(isInteger)) throw signatureError('EmbeddedChartBuilder.setPosition', args);
    this.chart.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this.hit('setPosition');
  }

  /** Options use Google Charts' names, dotted for nested ones ("legend.position") (#setOption(String,Object)). */
  setOption(option: string, value: unknown): GasChartBuilder {
    this.chart.options[String(option)] = JSON.parse(JSON.stringify(value ?? null));
    return this.hit('setOption');
  }

  setNumHeaders(headers: number): GasChartBuilder {
    if (!isInteger(headers)) throw signatureError('EmbeddedChartBuilder.setNumHeaders', [headers]);
    this.chart.numHeaders = headers;
    return this.hit('setNumHeaders');
  }

  build(): GasChart {
    this.hit('build');
    return gas(new EmbeddedChartFacade(this.ws, this.sheet, structuredClone(this.chart)));
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart */
export class EmbeddedChartFacade
  implements
    Pick<
      GasChart,
      'getChartId' | 'getRanges' | 'getOptions' | 'getNumHeaders' | 'getContainerInfo' | 'modify'
    >
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    readonly sheet: SheetModel,
    readonly chart: ChartData,
  ) {}

  private hit(method: string): void {
    this.ws.calls.hit('spreadsheet', `EmbeddedChart.${method}`);
  }

  /** null until the chart is inserted in a sheet (#getChartId()). */
  getChartId(): number | null {
    this.hit('getChartId');
    return this.chart.chartId || null;
  }

  /** A stable id unique in the spreadsheet, null until inserted (#getId()). */
  getId(): string | null {
    this.hit('getId');
    return this.chart.chartId ? `u${this.chart.chartId}` : null;
  }

  getRanges(): GasRange[] {
    this.hit('getRanges');
    return rangesOf(this.ws, this.sheet, this.chart);
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    this.hit('getOptions');
    const options = structuredClone(this.chart.options);
    const ws = this.ws;
    return {
      get(option: string) {
        ws.calls.hit('spreadsheet', 'ChartOptions.get');
        return option in options ? options[option] : null;
      },
    };
  }

  getNumHeaders(): number {
    this.hit('getNumHeaders');
    return this.chart.numHeaders;
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.hit('getContainerInfo');
    const { anchorRow, anchorColumn, offsetX, offsetY } = this.chart.position;
    const counted = (method: string, value: number) => () => {
      this.ws.calls.hit('spreadsheet', `ContainerInfo.${method}`);
      return value;
    };
    return {
      getAnchorRow: counted('getAnchorRow', anchorRow),
      getAnchorColumn: counted('getAnchorColumn', anchorColumn),
      getOffsetX: counted('getOffsetX', offsetX),
      getOffsetY: counted('getOffsetY', offsetY),
    };
  }

  /** A builder holding this chart; updateChart(builder.build()) applies the changes (#modify()). */
  modify(): GasChartBuilder {
    this.hit('modify');
    return gas(new EmbeddedChartBuilderFacade(this.ws, this.sheet, structuredClone(this.chart)));
  }
}

function chartOf(method: string, chart: unknown): EmbeddedChartFacade {
  if (!(chart instanceof EmbeddedChartFacade)) throw signatureError(method, [chart]);
  return chart;
}

export function insertChart(sheet: SheetModel, chart: unknown): void {
  const built = chartOf('Sheet.insertChart', chart);
  const data = structuredClone(built.chart);
  data.chartId = sheet.book.nextIds.chart++;
  built.chart.chartId = data.chartId;
  sheet.data.charts.push(data);
}

function indexOfChart(sheet: SheetModel, chart: EmbeddedChartFacade): number {
  const index = sheet.data.charts.findIndex((candidate) => candidate.chartId === chart.chart.chartId);
  if (index < 0) throw scriptError('The chart does not exist in this sheet.');
  return index;
}

export function updateChart(sheet: SheetModel, chart: unknown): void {
  const built = chartOf('Sheet.updateChart', chart);
  sheet.data.charts[indexOfChart(sheet, built)] = structuredClone(built.chart);
}

export function removeChart(sheet: SheetModel, chart: unknown): void {
  const built = chartOf('Sheet.removeChart', chart);
  sheet.data.charts.splice(indexOfChart(sheet, built), 1);
}
