/** The PNG is the SVG rasterised at the chosen resolution over the figure's print width. */
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { loadFixtureGraph } from "./loadFixtureGraph.ts";
import { writePng } from "./writePng.ts";
import { writeSvg } from "./writeSvg.ts";

const { graph } = loadFixtureGraph();

describe("writePng", () => {
  it.each([
    ["85mm", 85, 300, 1004],
    ["a4", 210, 150, 1240],
  ] as const)("at %s and %i dpi is %i pixels wide, with the drawing on it", (width, mm, dpi, pixels) => {
    const png = PNG.sync.read(writePng(writeSvg(graph, { width }), dpi, mm));
    expect(png.width).toBe(pixels);
    let inked = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 200 || png.data[i + 1]! < 200) inked++;
    expect(inked / (png.width * png.height)).toBeGreaterThan(0.005);
  });
});
