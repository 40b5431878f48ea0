import { type ChartDatum, type ChartKind, reportChartSpec } from './report-chart';

/** The chart as SVG, rendered on the server by Vega (no canvas: text widths are estimated). */
export async function chartSvg(
  kind: ChartKind,
  title: string,
  data: readonly ChartDatum[],
  width?: number,
): Promise<string> {
  const vegaLite = await import('vega-lite');
  const vega = await import('vega');
  // The interpreter instead of compiled expressions: the browser's CSP forbids eval, and the
  // server renders the same way.
  const { expressionInterpreter } = await import('vega-interpreter');
  const { spec } = vegaLite.compile(
    reportChartSpec(kind, title, data, width) as unknown as Parameters<typeof vegaLite.compile>[0],
    // Errors only: Vega-Lite's notes on the layout ("Dropping fit-y because spec has discrete
    // height" for the bars, whose height is a step per category) are not problems.
    { logger: vega.logger(vega.Error) },
  );
  const view = new vega.View(vega.parse(spec, undefined, { ast: true }), {
    renderer: 'none',
    expr: expressionInterpreter,
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
