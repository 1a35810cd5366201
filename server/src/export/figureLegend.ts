/**
 * The figure's legend: the actor types (or, where the explorer coloured actors by something
 * else, what the colours mean) and the relationship types it shows, with their counts, flowed
 * into rows that wrap at the figure's width. Directed relationship types get an arrow.
 */
import { actorTypeColour, isDirectedType, type FigureColourKey } from "@atlas/model";
import { drawNode, EDGE_COLOUR, getNodeLook } from "./figureSymbols.ts";
import { FONT_PT } from "./printSizes.ts";
import { ASCENT_EM, DESCENT_EM, getTextWidth, toFittingText } from "./textMetrics.ts";
import { escapeXml } from "./xml.ts";

export interface LegendContent {
  actors: Map<string, number>;
  relationships: Map<string, number>;
}

const SYMBOL = 10;
const GAP = 8;

interface Item {
  symbol: (x: number, middle: number) => string;
  text: string;
  bold?: boolean;
}

export function drawLegend(
  content: LegendContent,
  left: number,
  top: number,
  width: number,
  grayscale: boolean,
  colourKey?: FigureColourKey,
): { svg: string; height: number } {
  const size = FONT_PT.legend;
  const rowHeight = (ASCENT_EM + DESCENT_EM) * size + 3;
  const sorted = (m: Map<string, number>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
  const disc = (color: string) => (x: number, middle: number) =>
    drawNode({ fill: color, shape: "circle", stroke: "#ffffff" }, x + SYMBOL / 2, middle, 2.6);
  const rows: Item[][] = [
    colourKey
      ? [
          { symbol: () => "", text: `Colour: ${colourKey.title}:`, bold: true },
          ...colourKey.items.map((item) => ({ symbol: disc(item.color), text: item.label })),
        ]
      : [
          { symbol: () => "", text: "Actors:", bold: true },
          ...sorted(content.actors).map(([type, count]) => ({
            symbol: (x: number, middle: number) =>
              drawNode(getNodeLook(type, actorTypeColour(type), grayscale), x + SYMBOL / 2, middle, 2.6),
            text: `${type} (${count})`,
          })),
        ],
    [
      { symbol: () => "", text: "Relationships:", bold: true },
      ...sorted(content.relationships).map(([type, count]) => ({
        symbol: (x: number, middle: number) =>
          `<line x1="${x.toFixed(2)}" y1="${middle.toFixed(2)}" x2="${(x + SYMBOL).toFixed(2)}" y2="${middle.toFixed(2)}" stroke="${EDGE_COLOUR}" stroke-width="0.6"${isDirectedType(type) ? ' marker-end="url(#arrow)"' : ""}/>`,
        text: `${type} (${count})`,
      })),
    ],
  ].filter((row) => row.length > 1);

  const parts: string[] = [`<g font-size="${size}" fill="#222222">`];
  let y = top;
  for (const row of rows) {
    let x = left;
    for (const item of row) {
      const symbolWidth = item.bold ? 0 : SYMBOL + 2;
      const text = toFittingText(item.text, width - symbolWidth, size, item.bold);
      const itemWidth = symbolWidth + getTextWidth(text, size, item.bold);
      if (x > left && x + itemWidth > left + width) {
        x = left;
        y += rowHeight;
      }
      const middle = y + rowHeight / 2;
      const baseline = middle + ((ASCENT_EM - DESCENT_EM) * size) / 2;
      parts.push(
        item.symbol(x, middle),
        `<text x="${(x + symbolWidth).toFixed(2)}" y="${baseline.toFixed(2)}"${item.bold ? ' font-weight="bold"' : ""}>${escapeXml(text)}</text>`,
      );
      x += itemWidth + GAP;
    }
    y += rowHeight;
  }
  parts.push("</g>");
  return { svg: parts.join("\n"), height: y - top };
}
