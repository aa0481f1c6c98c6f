// Contract tests of emulated embedded charts against Google's reference pages.
import { openWorkbook, REF } from './spreadsheet-fixture';

describe(`Embedded charts (${REF}/embedded-chart-builder)`, () => {
  function columnChart() {
    const fixture = openWorkbook();
    const { charts, sheet } = fixture;
    sheet.getRange('A1:B3').setValues([
      ['Status', 'Actions'],
      ['done', 3],
      ['blocked', 1],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B3'))
      .setPosition(5, 4, 10, 20)
      .setOption('title', 'Actions by status')
      .setOption('legend', { position: 'none' })
      .setNumHeaders(1)
      .build();
    sheet.insertChart(chart);
    return { ...fixture, chart };
  }

  it('records type, ranges, options and position of an inserted chart (sheet#insertChart(EmbeddedChart))', () => {
    const { sheet, model } = columnChart();
    const [chart] = sheet.getCharts();
    expect(chart.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:B3']);
    expect(chart.getOptions().get('title')).toBe('Actions by status');
    expect(chart.getOptions().get('legend')).toEqual({ position: 'none' });
    expect(chart.getNumHeaders()).toBe(1);
    const info = chart.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([
      5, 4, 10, 20,
    ]);
    expect(model.toJSON().sheets[0].charts).toEqual([
      expect.objectContaining({
        chartType: 'COLUMN',
        ranges: [{ sheetId: 0, row: 1, column: 1, numRows: 3, numColumns: 2 }],
      }),
    ]);
  });

  it('gives a chart an id once inserted (embedded-chart#getChartId())', () => {
    const { sheet, chart } = columnChart();
    expect(sheet.newChart().build().getChartId()).toBeNull();
    expect(chart.getChartId()).toEqual(expect.any(Number));
    expect(sheet.getCharts()[0].getChartId()).toBe(chart.getChartId());
  });

  it('modify and updateChart change the chart in place (sheet#updateChart(EmbeddedChart))', () => {
    const { charts, sheet } = columnChart();
    const [chart] = sheet.getCharts();
    sheet.updateChart(chart.modify().setChartType(charts.ChartType.PIE).setOption('title', 'Share').build());
    const [updated] = sheet.getCharts();
    expect(sheet.getCharts()).toHaveLength(1);
    expect(updated.getOptions().get('title')).toBe('Share');
    expect(updated.modify().getChartType()).toBe(charts.ChartType.PIE);
  });

  it('removeChart takes the chart away (sheet#removeChart(EmbeddedChart))', () => {
    const { sheet } = columnChart();
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toEqual([]);
  });

  it('chart ranges follow their cells when rows are inserted above them', () => {
    const { sheet } = columnChart();
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getCharts()[0].getRanges()[0].getA1Notation()).toBe('A3:B5');
  });
});
