import { type ChartDatum, type ChartKind, reportChartSpec } from '@teilhabe/report-chart';
import { useEffect, useState } from 'react';

/**
 * The report's chart from the same Vega-Lite spec the PDF uses, rendered to SVG in the browser
 * and shown as an image (no inline styles, so the page's CSP holds). Vega is loaded with this
 * module only, on the reports page. The numbers are those of the table beside it, which is the
 * chart's text alternative.
 */
export default function ReportChart({
  kind,
  title,
  data,
  describedBy,
}: {
  kind: ChartKind;
  title: string;
  data: ChartDatum[];
  describedBy: string;
}) {
  const [src, setSrc] = useState<string | null>(null);
  const key = JSON.stringify([kind, title, data]);
  useEffect(() => {
    let live = true;
    void (async () => {
      // The interpreter, not compiled expressions: the page's CSP forbids eval.
      const [vega, vegaLite, { expressionInterpreter }] = await Promise.all([
        import('vega'),
        import('vega-lite'),
        import('vega-interpreter'),
      ]);
      const { spec } = vegaLite.compile(
        reportChartSpec(kind, title, data, 560) as unknown as Parameters<
          typeof vegaLite.compile
        >[0],
      );
      const view = new vega.View(vega.parse(spec, undefined, { ast: true }), {
        renderer: 'none',
        expr: expressionInterpreter,
      });
      const svg = await view.toSVG();
      view.finalize();
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    })();
    return () => {
      live = false;
    };
  }, [key]);
  if (!src) return <p aria-live="polite">Diagramm wird gezeichnet …</p>;
  return (
    <img
      className="report-chart"
      src={src}
      alt={`Diagramm: ${title}. Die Zahlen stehen in der Tabelle.`}
      aria-describedby={describedBy}
    />
  );
}
