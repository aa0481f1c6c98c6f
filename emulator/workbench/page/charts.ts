// Draws the charts the emulator recorded as SVG, close to how Google Sheets draws each type: pie, bar, column, bubble.
import type { ChartView } from '../api';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 480;
const HEIGHT = 280;
/** Google Charts' default series colours, used when the chart sets none. */
const DEFAULT_COLOURS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043'];

type Attributes = Record<string, string | number>;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, text?: string) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function colours(chart: ChartView): string[] {
  const given = chart.options.colors;
  return Array.isArray(given) && given.length > 0 ? given.map(String) : DEFAULT_COLOURS;
}

/** The data rows under the header (numHeaders 1), with the empty rows a fixed-size block leaves out. */
function dataRows(chart: ChartView): string[][] {
  return chart.data
    .flat()
    .slice(1)
    .filter((row) => row.some((cell) => cell !== ''));
}

/** Long labels are cut with an ellipsis, as Google Charts does when an axis has no room for them. */
const short = (label: string, length = 26) =>
  label.length > length ? `${label.slice(0, length - 1)}…` : label;

const number = (text: string | undefined) => Number(String(text ?? '').replace(',', '.'));

function canvas(chart: ChartView): SVGSVGElement {
  const title = typeof chart.options.title === 'string' ? chart.options.title : chart.type;
  // The viewBox scales the drawing to the width the page gives the chart, as Sheets fits a chart to its frame.
  return svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    style: 'width:100%;height:auto',
    role: 'img',
    'aria-label': title,
    class: `chart-svg chart-${chart.type.toLowerCase()}`,
  });
}

function drawPie(chart: ChartView, root: SVGSVGElement): void {
  const slices = dataRows(chart).map((row) => ({ label: row[0], value: number(row[1]) }));
  const total = slices.reduce((sum, slice) => sum + Math.max(slice.value, 0), 0);
  const [cx, cy, r] = [140, HEIGHT / 2, 110];
  const hole = typeof chart.options.pieHole === 'number' ? chart.options.pieHole : 0;
  const palette = colours(chart);
  let angle = -Math.PI / 2;
  slices.forEach((slice, index) => {
    const colour = palette[index % palette.length];
    root.append(svg('rect', { x: 290, y: 30 + index * 22, width: 12, height: 12, fill: colour }));
    root.append(
      svg('text', { x: 308, y: 41 + index * 22, 'font-size': 12 }, `${slice.label} (${slice.value})`),
    );
    if (total === 0 || slice.value <= 0) return;
    const sweep = (slice.value / total) * 2 * Math.PI;
    const point = (a: number) => `${cx + r * Math.cos(a)} ${cy + r * Math.sin(a)}`;
    const path =
      sweep >= 2 * Math.PI - 1e-9
        ? `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`
        : `M ${cx} ${cy} L ${point(angle)} A ${r} ${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${point(angle + sweep)} Z`;
    root.append(svg('path', { d: path, fill: colour, stroke: '#fff', class: 'slice' }));
    angle += sweep;
  });
  if (hole > 0) root.append(svg('circle', { cx, cy, r: r * hole, fill: '#fff' }));
}

/** BAR draws horizontal bars, COLUMN vertical ones, as Charts.ChartType names them. */
function drawBars(chart: ChartView, root: SVGSVGElement, horizontal: boolean): void {
  const bars = dataRows(chart).map((row) => ({ label: row[0], value: Math.max(0, number(row[1]) || 0) }));
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const colour = colours(chart)[0];
  const [left, top, right, bottom] = horizontal ? [200, 10, 30, 20] : [30, 10, 10, 60];
  const span = horizontal ? HEIGHT - top - bottom : WIDTH - left - right;
  const length = horizontal ? WIDTH - left - right : HEIGHT - top - bottom;
  const step = span / Math.max(1, bars.length);
  bars.forEach((bar, index) => {
    const size = (bar.value / max) * length;
    const along = (horizontal ? top : left) + index * step + step * 0.15;
    const rect = horizontal
      ? { x: left, y: along, width: size, height: step * 0.7 }
      : { x: along, y: HEIGHT - bottom - size, width: step * 0.7, height: size };
    root.append(svg('rect', { ...rect, fill: colour, class: 'bar' }));
    const label = horizontal
      ? svg(
          'text',
          { x: left - 6, y: along + step * 0.45, 'text-anchor': 'end', 'font-size': 11 },
          short(bar.label),
        )
      : svg(
          'text',
          { x: along + step * 0.35, y: HEIGHT - bottom + 14, 'text-anchor': 'middle', 'font-size': 10 },
          short(bar.label, 12),
        );
    root.append(label);
    const value = horizontal
      ? svg('text', { x: left + size + 4, y: along + step * 0.45, 'font-size': 11 }, String(bar.value))
      : svg(
          'text',
          { x: along + step * 0.35, y: HEIGHT - bottom - size - 4, 'text-anchor': 'middle', 'font-size': 11 },
          String(bar.value),
        );
    root.append(value);
  });
}

interface Axis {
  title?: string;
  ticks?: { v: number; f: string }[];
  viewWindow?: { min: number; max: number };
}

/** BUBBLE: id, x, y, series, size columns; SCATTER: x then y. Axis ticks and windows come from the options. */
function drawPoints(chart: ChartView, root: SVGSVGElement): void {
  const bubble = chart.type === 'BUBBLE';
  const points = dataRows(chart).map((row) =>
    bubble
      ? {
          label: row[0],
          x: number(row[1]),
          y: number(row[2]),
          series: row[3] ?? '',
          size: number(row[4]) || 1,
        }
      : { label: '', x: number(row[0]), y: number(row[1]), series: '', size: 1 },
  );
  const hAxis = (chart.options.hAxis ?? {}) as Axis;
  const vAxis = (chart.options.vAxis ?? {}) as Axis;
  const extent = (axis: Axis, values: number[]) =>
    axis.viewWindow ?? { min: Math.min(0, ...values), max: Math.max(1, ...values) };
  const xs = extent(
    hAxis,
    points.map((point) => point.x),
  );
  const ys = extent(
    vAxis,
    points.map((point) => point.y),
  );
  const [left, top, right, bottom] = [70, 15, 130, 40];
  const x = (value: number) => left + ((value - xs.min) / (xs.max - xs.min)) * (WIDTH - left - right);
  const y = (value: number) =>
    HEIGHT - bottom - ((value - ys.min) / (ys.max - ys.min)) * (HEIGHT - top - bottom);
  root.append(
    svg('rect', {
      x: left,
      y: top,
      width: WIDTH - left - right,
      height: HEIGHT - top - bottom,
      fill: 'none',
      stroke: '#ccc',
    }),
  );
  for (const tick of hAxis.ticks ?? []) {
    root.append(
      svg(
        'text',
        { x: x(tick.v), y: HEIGHT - bottom + 14, 'text-anchor': 'middle', 'font-size': 11 },
        tick.f,
      ),
    );
  }
  for (const tick of vAxis.ticks ?? []) {
    root.append(
      svg('text', { x: left - 6, y: y(tick.v) + 4, 'text-anchor': 'end', 'font-size': 11 }, tick.f),
    );
  }
  if (hAxis.title)
    root.append(
      svg(
        'text',
        { x: (WIDTH - right + left) / 2, y: HEIGHT - 6, 'text-anchor': 'middle', 'font-size': 12 },
        hAxis.title,
      ),
    );
  if (vAxis.title) {
    root.append(
      svg(
        'text',
        {
          x: 14,
          y: HEIGHT / 2,
          'font-size': 12,
          transform: `rotate(-90 14 ${HEIGHT / 2})`,
          'text-anchor': 'middle',
        },
        vAxis.title,
      ),
    );
  }
  const palette = colours(chart);
  const series = [...new Set(points.map((point) => point.series))];
  const largest = Math.max(1, ...points.map((point) => point.size));
  for (const point of points) {
    if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) continue;
    const colour = palette[series.indexOf(point.series) % palette.length];
    const r = bubble ? 8 + 22 * Math.sqrt(point.size / largest) : 5;
    root.append(
      svg('circle', { cx: x(point.x), cy: y(point.y), r, fill: colour, 'fill-opacity': 0.7, class: 'point' }),
    );
    if (point.label)
      root.append(
        svg(
          'text',
          { x: x(point.x), y: y(point.y) + 4, 'text-anchor': 'middle', 'font-size': 10 },
          point.label,
        ),
      );
  }
  series.forEach((name, index) => {
    if (!name) return;
    root.append(
      svg('rect', {
        x: WIDTH - right + 10,
        y: 20 + index * 20,
        width: 10,
        height: 10,
        fill: palette[index % palette.length],
      }),
    );
    root.append(svg('text', { x: WIDTH - right + 24, y: 29 + index * 20, 'font-size': 11 }, name));
  });
}

/** The chart as an SVG element, or null for a type this page does not draw (the caller shows the data instead). */
export function chartSvg(chart: ChartView): SVGSVGElement | null {
  const root = canvas(chart);
  switch (chart.type) {
    case 'PIE':
      drawPie(chart, root);
      return root;
    case 'BAR':
      drawBars(chart, root, true);
      return root;
    case 'COLUMN':
      drawBars(chart, root, false);
      return root;
    case 'BUBBLE':
    case 'SCATTER':
      drawPoints(chart, root);
      return root;
    default:
      return null;
  }
}
