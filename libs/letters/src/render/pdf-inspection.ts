import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { mm } from './letter-pdf';

/** One piece of text on a page, placed in millimetres from the top left corner. */
export interface PlacedText {
  page: number;
  text: string;
  /** Left edge. */
  x: number;
  /** Baseline, from the top edge. */
  y: number;
  /** Right edge. */
  right: number;
  /** Font size in points. */
  size: number;
}

/** A straight line drawn on a page, in millimetres from the top left corner. */
export interface PlacedLine {
  page: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const toMm = (pt: number) => pt / mm(1);

/**
 * For the tests of the layout (letter-pdf.spec.ts). What a PDF shows, read back with pdf.js (unpdf): its text with positions, and the straight
 * lines it draws. For tests of the layout; nothing in the application reads PDFs this way.
 */
export async function inspectPdf(
  pdf: Buffer,
): Promise<{ texts: PlacedText[]; lines: PlacedLine[]; text: string; pages: number }> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { OPS } = await getResolvedPDFJS();
  const texts: PlacedText[] = [];
  const lines: PlacedLine[] = [];
  const pageTexts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.view[3];
    const content = await page.getTextContent();
    let pageText = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      pageText += item.str + (item.hasEOL ? '\n' : '');
      if (item.str.trim() === '') continue;
      const [a, , , d, e, f] = item.transform as number[];
      texts.push({
        page: n,
        text: item.str,
        x: toMm(e),
        y: toMm(height - f),
        right: toMm(e + item.width),
        size: Math.abs(d || a),
      });
    }
    pageTexts.push(pageText);
    const ops = await page.getOperatorList();
    // Path points are in the user space of the moment: follow the transformation matrix.
    type Matrix = [number, number, number, number, number, number];
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    const saved: Matrix[] = [];
    const apply = (x: number, y: number): [number, number] => [
      ctm[0] * x + ctm[2] * y + ctm[4],
      ctm[1] * x + ctm[3] * y + ctm[5],
    ];
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[];
      if (fn === OPS.save) saved.push(ctm);
      else if (fn === OPS.restore) ctm = saved.pop() ?? ctm;
      else if (fn === OPS.transform) {
        const [a, b, c, d, e, f] = args as number[];
        ctm = [
          ctm[0] * a + ctm[2] * b,
          ctm[1] * a + ctm[3] * b,
          ctm[0] * c + ctm[2] * d,
          ctm[1] * c + ctm[3] * d,
          ctm[0] * e + ctm[2] * f + ctm[4],
          ctm[1] * e + ctm[3] * f + ctm[5],
        ];
      } else if (fn === OPS.constructPath) {
        // pdf.js 5: [paint operator, [path data], bounds]; a straight line is one moveTo (0)
        // and one lineTo (1).
        const path = Array.isArray(args?.[1]) ? (args[1] as unknown[])[0] : undefined;
        if (!path || typeof path !== 'object' || !('length' in path)) return;
        const data = Array.from(path as ArrayLike<number>);
        if (data.length !== 6 || data[0] !== 0 || data[3] !== 1) return;
        const [x1, y1] = apply(data[1], data[2]);
        const [x2, y2] = apply(data[4], data[5]);
        lines.push({
          page: n,
          x1: toMm(x1),
          y1: toMm(height - y1),
          x2: toMm(x2),
          y2: toMm(height - y2),
        });
      }
    });
  }
  return { texts, lines, text: pageTexts.join('\n'), pages: doc.numPages };
}
