/**
 * The figure, checked in its own coordinates (points): inside the page whatever the data's
 * origin, framed on the actors drawn, type at 6 pt or more, labels apart, arrows only on the
 * directed types, a legend and a source line. Chromium measures the rendered text boxes too
 * (client/e2e/export.e2e.test.ts); these checks need no browser.
 */
import { MAP_MERCATOR_SCALE } from "@atlas/model";
import { geoMercator } from "d3-geo";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildExportGraph, type Drawing } from "./exportGraph.ts";
import { loadFixtureGraph } from "./loadFixtureGraph.ts";
import { POINTS_PER_MM, PRINT_WIDTH_NAMES, PRINT_WIDTHS } from "./printSizes.ts";
import { ASCENT_EM, DESCENT_EM, getTextWidth } from "./textMetrics.ts";
import { writeSvg } from "./writeSvg.ts";

const { graph } = loadFixtureGraph();
const SOURCE_LINE = "Data: Solidarity Atlas, seed-0123456789ab, 2026-12-06; sources: Eurocities 2016";

function viewBox(svg: string): { width: number; height: number } {
  const [, , width, height] = /viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number);
  return { width: width!, height: height! };
}

const numbers = (svg: string, attribute: string) =>
  [...svg.matchAll(new RegExp(` ${attribute}="(-?[\\d.]+)"`, "g"))].map((m) => Number(m[1]));

/** The labels' boxes as laid out (font size of the label group, estimated widths). */
function labelBoxes(svg: string) {
  const group = /<g font-size="([\d.]+)" fill="#111111" paint-order="stroke"[^>]*>([\s\S]*?)<\/g>/.exec(svg)!;
  const size = Number(group[1]);
  return [...group[2]!.matchAll(/<text x="([-\d.]+)" y="([-\d.]+)">([^<]*)<\/text>/g)].map(([, x, y, text]) => ({
    text: text!,
    x0: Number(x),
    x1: Number(x) + getTextWidth(text!.replace(/&quot;/g, '"').replace(/&amp;/g, "&"), size),
    y0: Number(y) - ASCENT_EM * size,
    y1: Number(y) + DESCENT_EM * size,
  }));
}

describe("writeSvg", () => {
  it.each(PRINT_WIDTH_NAMES)("at %s: valid SVG of that print width, everything inside the page", (width) => {
    const svg = writeSvg(graph, { width, title: "A title", sourceLine: SOURCE_LINE });
    expect(XMLValidator.validate(svg)).toBe(true);
    const page = viewBox(svg);
    expect(page.width).toBeCloseTo(PRINT_WIDTHS[width].widthMm * POINTS_PER_MM, 1);
    expect(svg).toContain(`width="${PRINT_WIDTHS[width].widthMm}mm"`);
    expect(page.height).toBeLessThanOrEqual(PRINT_WIDTHS[width].maxHeightMm * POINTS_PER_MM + 0.01);
    const xs = ["x", "cx", "x1", "x2"].flatMap((attribute) => numbers(svg, attribute));
    const ys = ["y", "cy", "y1", "y2"].flatMap((attribute) => numbers(svg, attribute));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(page.width);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(page.height);
    for (const box of labelBoxes(svg)) {
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(page.width);
    }
  });

  it("frames a map view on the actors drawn, not on the origin (all coordinates negative here)", () => {
    const svg = writeSvg(graph, { width: "85mm" });
    const cx = numbers(svg, "cx").slice(0, graph.order);
    const inner = viewBox(svg).width - 2 * 8;
    expect(Math.max(...cx) - Math.min(...cx)).toBeGreaterThan(0.9 * inner);
  });

  it("sets no text under 6 pt", () => {
    const svg = writeSvg(graph, { width: "85mm", title: "A title", sourceLine: SOURCE_LINE });
    const sizes = numbers(svg, "font-size");
    expect(sizes.length).toBeGreaterThan(3);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(6);
  });

  it.each(PRINT_WIDTH_NAMES)("at %s: labels never overlap, and the one at the edge is whole", (width) => {
    const boxes = labelBoxes(writeSvg(graph, { width }));
    expect(boxes.length).toBeGreaterThanOrEqual(8);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${a.text} / ${b.text}`).toBe(false);
    // Barcelona is the leftmost actor: its label goes where it fits, whole.
    expect(boxes.map((b) => b.text)).toContain("Barcelona");
  });

  it("says what the colours mean where the explorer coloured actors by a metric, but not in grayscale", () => {
    const colourKey = {
      title: "PageRank",
      items: [
        { label: "0.01", color: "#440154" },
        { label: "0.2", color: "#fde725" },
      ],
    };
    const svg = writeSvg(graph, { colourKey });
    expect(svg).toContain("Colour: PageRank:");
    expect(svg).toMatch(/fill="#fde725"[^>]*\/>\s*<text[^>]*>0\.2</);
    expect(svg).not.toContain("City (5)");
    expect(svg).toContain("MEMBER_OF (5)");
    const grey = writeSvg(graph, { colourKey, grayscale: true });
    expect(grey).not.toContain("Colour: PageRank");
    expect(grey).toContain("City (5)");
  });

  it("keeps the selection's label first, even where a bigger node competes", () => {
    const svg = writeSvg(graph, { width: "85mm", highlight: ["timisoara"] });
    expect(labelBoxes(svg).map((b) => b.text)).toContain("Timișoara");
    expect(svg).toMatch(/stroke="#000000" stroke-width="1"><title>Timișoara<\/title>/);
  });

  it("draws arrows on directed relationship types only, and a legend of what is shown", () => {
    const svg = writeSvg(graph, { sourceLine: SOURCE_LINE });
    const [undirected, directed] = svg
      .split(/<g stroke="#8f8f8f"/)
      .slice(1, 3)
      .map((g) => (g.split("</g>")[0]!.match(/<line /g) ?? []).length);
    expect(svg).toContain('marker-end="url(#arrow)">');
    expect(undirected).toBe(2);
    expect(directed).toBe(graph.size - 2);
    for (const entry of ["City (5)", "CityNetwork (1)", "MEMBER_OF (5)", "PARTNERS_WITH (2)"])
      expect(svg).toContain(entry);
    expect(svg).toMatch(/<line[^>]*marker-end="url\(#arrow\)"\/>\s*<text[^>]*>MEMBER_OF \(5\)/);
    expect(svg).toMatch(/<line[^>]*"\/>\s*<text[^>]*>PARTNERS_WITH \(2\)/);
    expect(svg).not.toMatch(/marker-end="url\(#arrow\)"\/>\s*<text[^>]*>PARTNERS_WITH/);
    expect(svg).toContain(SOURCE_LINE.slice(0, 40));
  });

  it("keeps the view's sizes and colours, and uses only greys and shapes when asked", () => {
    expect(writeSvg(graph)).toContain('fill="#123456"');
    const grey = writeSvg(graph, { grayscale: true });
    const fills = [...grey.matchAll(/fill="(#[0-9a-fA-F]{6})"/g)].map((m) => m[1]!.toLowerCase());
    for (const fill of fills)
      expect(fill.slice(1, 3) === fill.slice(3, 5) && fill.slice(3, 5) === fill.slice(5, 7), fill).toBe(true);
    expect(grey).toContain("<polygon");
  });

  it("writes 50,000 actors without overflowing the stack, and still inside the page", () => {
    const actors = Array.from({ length: 50_000 }, (_, i) => ({
      properties: { id: `a${i}`, name: `Actor ${i}` },
      label: "City",
    }));
    const drawing: Drawing = {};
    for (let i = 0; i < actors.length; i++)
      drawing[`a${i}`] = { x: -5000 - (i % 250) * 3, y: -9000 - Math.floor(i / 250) * 3 };
    const big = buildExportGraph(actors, [], drawing);
    const svg = writeSvg(big, { width: "85mm" });
    const page = viewBox(svg);
    const cx = numbers(svg, "cx");
    expect(cx).toHaveLength(50_000 + 1);
    expect(Math.min(...cx.slice(0, 1000))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...cx.slice(0, 1000))).toBeLessThanOrEqual(page.width);
  });
});

describe("writeSvg of the map view", () => {
  /** [lon, lat]: three inland cities and two points at sea. */
  const PLACES: Record<string, [number, number]> = {
    bremen: [8.8, 53.08],
    timisoara: [21.23, 45.75],
    madrid: [-3.7, 40.42],
    "gulf-of-lion": [4.5, 42.8],
    "ionian-sea": [18.5, 38.2],
  };
  // The explorer's map layout: Mercator at MAP_MERCATOR_SCALE, graph y up.
  const mercator = geoMercator().scale(MAP_MERCATOR_SCALE).translate([0, 0]);
  const drawing: Drawing = Object.fromEntries(
    Object.entries(PLACES).map(([id, lonLat]) => {
      const [x, y] = mercator(lonLat)!;
      return [id, { x, y: -y }];
    }),
  );
  const map = buildExportGraph(
    Object.keys(PLACES).map((id) => ({ properties: { id, name: id }, label: "City" })),
    [],
    drawing,
  );
  const outlines = (svg: string) => /<path class="countries" d="([^"]*)"/.exec(svg)?.[1];

  /** Even-odd over every ring: inside one country, outside its neighbours (borders are shared). */
  function isOnLand(d: string, x: number, y: number): boolean {
    let inside = false;
    for (const ring of d.split("M").filter(Boolean)) {
      const points = ring
        .replace(/Z/g, "")
        .split("L")
        .map((p) => p.split(",").map(Number) as [number, number]);
      for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
        const [[xi, yi], [xj, yj]] = [points[i]!, points[j]!];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  }

  it.each(PRINT_WIDTH_NAMES)("at %s: draws the countries behind the actors, each actor in its place", (width) => {
    const svg = writeSvg(map, { width, layout: "geo" });
    const d = outlines(svg)!;
    expect(d.length).toBeGreaterThan(1000);
    expect(svg.indexOf('class="countries"')).toBeLessThan(svg.indexOf("<circle"));
    const centres = Object.fromEntries(
      [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"[^>]*><title>([^<]+)</g)].map(([, x, y, id]) => [
        id!,
        [Number(x), Number(y)] as const,
      ]),
    );
    for (const id of ["bremen", "timisoara", "madrid"]) expect(isOnLand(d, ...centres[id]!), id).toBe(true);
    for (const id of ["gulf-of-lion", "ionian-sea"]) expect(isOnLand(d, ...centres[id]!), id).toBe(false);
  });

  it("clips the countries to the drawing's frame, above the legend", () => {
    const svg = writeSvg(map, { width: "85mm", layout: "geo", title: "A title" });
    const [xs, ys] = [0, 1].map((k) =>
      [...outlines(svg)!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[k + 1])),
    );
    const legendTop = Number(/<g transform="translate\(0 ([\d.]+)\)">/.exec(svg)![1]);
    expect(Math.min(...xs!)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...xs!)).toBeLessThanOrEqual(viewBox(svg).width - 8);
    expect(Math.min(...ys!)).toBeGreaterThan(/font-weight="bold"/.test(svg) ? 14 : 0);
    expect(Math.max(...ys!)).toBeLessThan(legendTop);
  });

  it("draws a frame spanning much of the world from the coarser outlines, so the file stays small", () => {
    const [chicago, rosario] = [mercator([-87.6, 41.9])!, mercator([-60.64, -32.95])!];
    const world = buildExportGraph(
      ["chicago", "rosario", "bremen"].map((id) => ({ properties: { id, name: id }, label: "City" })),
      [],
      {
        chicago: { x: chicago[0], y: -chicago[1] },
        rosario: { x: rosario[0], y: -rosario[1] },
        bremen: drawing.bremen!,
      },
    );
    expect(writeSvg(world, { width: "85mm", layout: "geo" }).length).toBeLessThan(100_000);
    // The same figure at A4 has room for the finer outlines.
    expect(writeSvg(world, { width: "a4", layout: "geo" }).length).toBeGreaterThan(200_000);
  });

  it("draws no countries for any other layout", () => {
    expect(outlines(writeSvg(map, { width: "85mm" }))).toBeUndefined();
    expect(outlines(writeSvg(map, { width: "85mm", layout: "force" }))).toBeUndefined();
  });
});
