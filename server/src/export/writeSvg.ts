/**
 * The figure as SVG, laid out at a print width (one column, two columns or A4) with points as
 * the user unit, so type sizes are what the journal sees: labels, legend and source line at
 * 6 pt or more. Everything is placed inside the page by construction: the frame comes from the
 * actors drawn (not the origin), labels go where they fit without overlapping, text wraps.
 * Hand-written because @sigma/export-image does PNG/JPEG only and runs in a browser.
 */
import { isDirectedType, type FigureColourKey } from "@atlas/model";
import type { ExportGraph } from "./exportGraph.ts";
import { drawLegend } from "./figureLegend.ts";
import { drawCountryOutlines } from "./figureMap.ts";
import { ARROW_DEFS, drawNode, EDGE_COLOUR, getNodeLook } from "./figureSymbols.ts";
import { placeLabels, type LabelCandidate } from "./placeLabels.ts";
import { FONT_PT, POINTS_PER_MM, PRINT_WIDTHS, type PrintWidth } from "./printSizes.ts";
import { ASCENT_EM, DESCENT_EM, wrapText } from "./textMetrics.ts";
import { escapeXml } from "./xml.ts";

export interface FigureOptions {
  title?: string | undefined;
  width?: PrintWidth | undefined;
  grayscale?: boolean | undefined;
  /** The selection: drawn with a ring, labelled first. */
  highlight?: readonly string[] | undefined;
  /** "Data: Solidarity Atlas, <version>, <date>; sources: …" */
  sourceLine?: string | undefined;
  /** "geo": the positions are the explorer's map layout, drawn over the country outlines. */
  layout?: "force" | "geo" | undefined;
  /** What the colours mean where they are not the actor types; grayscale figures keep the types. */
  colourKey?: FigureColourKey | undefined;
}

const f = (n: number) => n.toFixed(2);

function textBlock(lines: string[], left: number, top: number, size: number, attributes: string): string {
  return lines
    .map((line, i) => {
      const baseline = top + i * size * 1.25 + ASCENT_EM * size;
      return `<text x="${f(left)}" y="${f(baseline)}" font-size="${size}"${attributes}>${escapeXml(line)}</text>`;
    })
    .join("\n");
}

const blockHeight = (lines: string[], size: number) =>
  lines.length ? (lines.length - 1) * size * 1.25 + (ASCENT_EM + DESCENT_EM) * size : 0;

export function writeSvg(graph: ExportGraph, options: FigureOptions = {}): string {
  const page = PRINT_WIDTHS[options.width ?? "a4"];
  const width = page.widthMm * POINTS_PER_MM;
  const margin = width < 300 ? 8 : 14;
  const inner = width - 2 * margin;
  const grayscale = options.grayscale ?? false;
  const highlight = new Set(options.highlight ?? []);

  const titleLines = options.title ? wrapText(options.title, inner, FONT_PT.title, true) : [];
  const sourceLines = options.sourceLine ? wrapText(options.sourceLine, inner, FONT_PT.source) : [];
  const titleHeight = titleLines.length ? blockHeight(titleLines, FONT_PT.title) + 6 : 0;
  const sourceHeight = sourceLines.length ? blockHeight(sourceLines, FONT_PT.source) + 4 : 0;
  const content = { actors: new Map<string, number>(), relationships: new Map<string, number>() };
  graph.forEachNode((_n, a) => content.actors.set(a.type, (content.actors.get(a.type) ?? 0) + 1));
  graph.forEachEdge((_e, a) => content.relationships.set(a.type, (content.relationships.get(a.type) ?? 0) + 1));
  // Laid out once at the top of its own group, moved under the drawing once that is sized.
  const legend = drawLegend(content, margin, 0, inner, grayscale, grayscale ? undefined : options.colourKey);
  const legendHeight = legend.height + 6;

  // Bounds by loops: spreading 50,000 coordinates into Math.min overflows the stack.
  let [minX, maxX, minY, maxY, maxSize] = [Infinity, -Infinity, Infinity, -Infinity, 0];
  graph.forEachNode((_n, a) => {
    [minX, maxX, minY, maxY] = [Math.min(minX, a.x), Math.max(maxX, a.x), Math.min(minY, a.y), Math.max(maxY, a.y)];
    maxSize = Math.max(maxSize, a.size);
  });
  if (graph.order === 0) [minX, maxX, minY, maxY] = [0, 0, 0, 0];
  const rMax = Math.min(Math.max(width * 0.011, 2.2), 6) * (graph.order > 2000 ? 0.5 : 1);
  const radius = (size: number) => Math.max(0.8, rMax * Math.sqrt(size / Math.max(maxSize, 1e-9)));

  const top = margin + titleHeight;
  const room = page.maxHeightMm * POINTS_PER_MM - top - legendHeight - sourceHeight - margin;
  // Room around the outermost nodes for a label beside them (half a line above and below).
  const pad = Math.max(rMax + 1, ((ASCENT_EM + DESCENT_EM) * FONT_PT.label) / 2 + 0.5);
  const [spanX, spanY] = [maxX - minX, maxY - minY];
  const fitX = spanX > 0 ? (inner - 2 * pad) / spanX : Infinity;
  const wanted = spanY > 0 ? spanY * (Number.isFinite(fitX) ? fitX : 1) + 2 * pad : 0;
  const drawHeight = Math.min(Math.max(wanted, Math.min(inner * 0.3, room)), room);
  const fitY = spanY > 0 ? (drawHeight - 2 * pad) / spanY : Infinity;
  const scale = Number.isFinite(Math.min(fitX, fitY)) ? Math.min(fitX, fitY) : 1;
  const offsetX = margin + (inner - spanX * scale) / 2;
  const offsetY = top + (drawHeight - spanY * scale) / 2;
  // Graph y points up, SVG y down.
  const px = (x: number) => offsetX + (x - minX) * scale;
  const py = (y: number) => offsetY + (maxY - y) * scale;

  const area = { x0: margin, y0: top, x1: width - margin, y1: top + drawHeight };
  const legendTop = top + drawHeight + 6;
  const height = legendTop + legendHeight + sourceHeight + margin - 6;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${page.widthMm}mm" height="${f(height / POINTS_PER_MM)}mm" viewBox="0 0 ${f(width)} ${f(height)}" font-family="DejaVu Sans, sans-serif">`,
    ARROW_DEFS,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  if (titleLines.length)
    parts.push(textBlock(titleLines, margin, margin, FONT_PT.title, ' font-weight="bold" fill="#111111"'));

  if (options.layout === "geo") parts.push(drawCountryOutlines({ scale, origin: [px(0), py(0)], area }));

  const edgeWidth = graph.size > 5000 ? 0.15 : 0.4;
  const directed: string[] = [];
  const undirected: string[] = [];
  graph.forEachEdge((_e, a, source, target) => {
    const s = graph.getNodeAttributes(source);
    const t = graph.getNodeAttributes(target);
    const [x1, y1, x2, y2] = [px(s.x), py(s.y), px(t.x), py(t.y)];
    const length = Math.hypot(x2 - x1, y2 - y1);
    if (length === 0) return;
    // Directed lines stop at the target's rim so that the arrowhead shows.
    const cut = isDirectedType(a.type) ? Math.min(radius(t.size) + 0.3, length) / length : 0;
    const line = `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2 - (x2 - x1) * cut)}" y2="${f(y2 - (y2 - y1) * cut)}"/>`;
    (cut > 0 ? directed : undirected).push(line);
  });
  parts.push(
    `<g stroke="${EDGE_COLOUR}" stroke-width="${edgeWidth}" stroke-opacity="0.8">`,
    ...undirected,
    `</g><g stroke="${EDGE_COLOUR}" stroke-width="${edgeWidth}" stroke-opacity="0.8" marker-end="url(#arrow)">`,
    ...directed,
    "</g>",
  );

  // Small nodes first, the selection last, so that nothing hides a hub or the selection.
  const order = graph
    .nodes()
    .sort(
      (a, b) =>
        Number(highlight.has(a)) - Number(highlight.has(b)) ||
        graph.getNodeAttribute(a, "size") - graph.getNodeAttribute(b, "size") ||
        a.localeCompare(b),
    );
  parts.push(`<g stroke-width="0.4">`);
  for (const node of order) {
    const a = graph.getNodeAttributes(node);
    const look = getNodeLook(a.type, a.color, grayscale);
    const ring = highlight.has(node) ? ` stroke="#000000" stroke-width="1"` : ` stroke="${look.stroke}"`;
    parts.push(drawNode(look, px(a.x), py(a.y), radius(a.size), ring, a.label));
  }
  parts.push("</g>");

  const candidates: LabelCandidate[] = [...order].reverse().map((node) => {
    const a = graph.getNodeAttributes(node);
    return { id: node, text: a.label, cx: px(a.x), cy: py(a.y), r: radius(a.size) };
  });
  parts.push(
    `<g font-size="${FONT_PT.label}" fill="#111111" paint-order="stroke" stroke="#ffffff" stroke-width="1.2" stroke-linejoin="round">`,
    ...placeLabels(candidates, area, FONT_PT.label).map(
      (l) => `<text x="${f(l.x)}" y="${f(l.y)}">${escapeXml(l.text)}</text>`,
    ),
    "</g>",
  );

  parts.push(`<g transform="translate(0 ${f(legendTop)})">`, legend.svg, "</g>");
  if (sourceLines.length)
    parts.push(textBlock(sourceLines, margin, legendTop + legendHeight, FONT_PT.source, ' fill="#444444"'));
  parts.push("</svg>", "");
  return parts.join("\n");
}
