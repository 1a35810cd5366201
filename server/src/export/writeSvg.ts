/**
 * The figure as SVG, sized for an A4 page width (210 mm) with a title, a legend of actor types
 * and labels at 6 pt or more; the PNG is rasterised from it. Hand-written because
 * @sigma/export-image does PNG/JPEG only and runs in a browser.
 */
import { ACTOR_TYPE_COLOURS } from "@atlas/seed/model";
import type { ExportGraph } from "./exportGraph.ts";
import { escapeXml } from "./xml.ts";

/** A4 width at the CSS 96 px per inch that SVG user units use. */
export const A4_WIDTH_PX = (210 / 25.4) * 96;
const A4_HEIGHT_PX = (297 / 25.4) * 96;
const MARGIN = 28;
/** 8 px at 96 dpi is 6 pt: the smallest text on the page. */
const LABEL_PX = 8;

export interface FigureOptions {
  title?: string | undefined;
  /** Labels for at most this many nodes, the best connected first. */
  maxLabels?: number;
}

export function writeSvg(graph: ExportGraph, options: FigureOptions = {}): string {
  const width = A4_WIDTH_PX;
  const titleHeight = options.title ? 30 : 0;
  const types = [...new Set(graph.mapNodes((_n, a) => a.type))].sort();
  const legendHeight = 16 + Math.ceil(types.length / 4) * 14;

  const xs = graph.mapNodes((_n, a) => a.x);
  const ys = graph.mapNodes((_n, a) => a.y);
  const minX = Math.min(...xs, 0);
  const maxX = Math.max(...xs, 1);
  const minY = Math.min(...ys, 0);
  const maxY = Math.max(...ys, 1);
  const drawWidth = width - 2 * MARGIN;
  const aspect = (maxY - minY) / Math.max(maxX - minX, 1e-9);
  const drawHeight = Math.min(drawWidth * aspect, A4_HEIGHT_PX - 2 * MARGIN - titleHeight - legendHeight);
  const scale = Math.min(drawWidth / Math.max(maxX - minX, 1e-9), drawHeight / Math.max(maxY - minY, 1e-9));
  const offsetX = MARGIN + (drawWidth - (maxX - minX) * scale) / 2;
  const top = MARGIN + titleHeight;
  const height = top + drawHeight + legendHeight + MARGIN;
  // Graph y points up, SVG y down.
  const px = (x: number) => offsetX + (x - minX) * scale;
  const py = (y: number) => top + (maxY - y) * scale;
  const maxSize = Math.max(...graph.mapNodes((_n, a) => a.size), 1);
  const radius = (size: number) => 1.5 + (size / maxSize) * 6;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width.toFixed(1)}" height="${height.toFixed(1)}" viewBox="0 0 ${width.toFixed(1)} ${height.toFixed(1)}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  if (options.title)
    parts.push(
      `<text x="${MARGIN}" y="${MARGIN + 14}" font-size="16" font-weight="bold" fill="#111">${escapeXml(options.title)}</text>`,
    );

  parts.push(`<g stroke="#b4b4b4" stroke-width="0.5" stroke-opacity="0.8">`);
  graph.forEachEdge((_e, _a, source, target) => {
    const s = graph.getNodeAttributes(source);
    const t = graph.getNodeAttributes(target);
    parts.push(
      `<line x1="${px(s.x).toFixed(2)}" y1="${py(s.y).toFixed(2)}" x2="${px(t.x).toFixed(2)}" y2="${py(t.y).toFixed(2)}"/>`,
    );
  });
  parts.push("</g>", `<g stroke="#ffffff" stroke-width="0.6">`);
  graph.forEachNode((_node, a) => {
    parts.push(
      `<circle cx="${px(a.x).toFixed(2)}" cy="${py(a.y).toFixed(2)}" r="${radius(a.size).toFixed(2)}" fill="${a.color}"><title>${escapeXml(a.label)}</title></circle>`,
    );
  });
  parts.push("</g>");

  const maxLabels = options.maxLabels ?? (graph.order <= 120 ? graph.order : 60);
  const labelled = graph
    .nodes()
    .sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b))
    .slice(0, maxLabels);
  parts.push(
    `<g font-size="${LABEL_PX}" fill="#111" paint-order="stroke" stroke="#ffffff" stroke-width="2" stroke-linejoin="round">`,
  );
  for (const node of labelled) {
    const a = graph.getNodeAttributes(node);
    parts.push(
      `<text x="${(px(a.x) + radius(a.size) + 1.5).toFixed(2)}" y="${(py(a.y) + 3).toFixed(2)}">${escapeXml(a.label)}</text>`,
    );
  }
  parts.push("</g>");

  const legendTop = top + drawHeight + 16;
  parts.push(`<g font-size="9" fill="#222">`);
  types.forEach((type, i) => {
    const x = MARGIN + (i % 4) * ((width - 2 * MARGIN) / 4);
    const y = legendTop + Math.floor(i / 4) * 14;
    const count = graph.filterNodes((_n, a) => a.type === type).length;
    const colour = ACTOR_TYPE_COLOURS[type as keyof typeof ACTOR_TYPE_COLOURS] ?? "#333333";
    parts.push(
      `<circle cx="${x + 4}" cy="${y - 3}" r="4" fill="${colour}"/><text x="${x + 12}" y="${y}">${escapeXml(type)} (${count})</text>`,
    );
  });
  parts.push("</g>", "</svg>", "");
  return parts.join("\n");
}
