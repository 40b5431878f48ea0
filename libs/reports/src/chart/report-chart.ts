// The one chart definition of the reports, used by the PDF (rendered to SVG on the server) and
// by the web app (rendered in the browser). Plain data in, a Vega-Lite spec out: no imports,
// so that the web app can bundle it (alias @teilhabe/report-chart).

export interface ChartDatum {
  label: string;
  count: number;
}

export type ChartKind = 'bar' | 'line';

const FONT = 'DejaVu Sans, Verdana, sans-serif';

/**
 * Cases per category (bars, largest first as given) or per period (a line, in order). The
 * counts are those of the report, protected for committees: the chart shows nothing the table
 * does not.
 */
export function reportChartSpec(
  kind: ChartKind,
  title: string,
  data: readonly ChartDatum[],
  width = 440,
): Record<string, unknown> {
  const values = data.map((d) => ({ ...d }));
  const common = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start', fontSize: 13, font: FONT },
    width,
    // The whole chart, labels included, is `width` wide: it fits the page or the column.
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    config: {
      font: FONT,
      axis: { labelFont: FONT, titleFont: FONT, labelFontSize: 10, titleFontSize: 10 },
      view: { stroke: null },
    },
  };
  if (kind === 'line') {
    return {
      ...common,
      height: 160,
      mark: { type: 'line', point: true, color: '#1f5f8b' },
      encoding: {
        x: {
          field: 'label',
          type: 'ordinal',
          sort: null,
          title: null,
          axis: { labelAngle: -40 },
        },
        y: { field: 'count', type: 'quantitative', title: 'Fälle', axis: { tickMinStep: 1 } },
      },
    };
  }
  return {
    ...common,
    height: { step: 18 },
    layer: [
      { mark: { type: 'bar', color: '#1f5f8b' } },
      {
        mark: { type: 'text', align: 'left', dx: 3, fontSize: 10, font: FONT },
        encoding: { text: { field: 'count', type: 'quantitative' } },
      },
    ],
    encoding: {
      y: {
        field: 'label',
        type: 'nominal',
        sort: null,
        title: null,
        axis: { labelLimit: 460 },
      },
      x: { field: 'count', type: 'quantitative', title: 'Fälle', axis: { tickMinStep: 1 } },
    },
  };
}
