/** The SVG figure rasterised with resvg: `dpi` pixels per inch over the figure's print width. */
import { Resvg } from "@resvg/resvg-js";

export function writePng(svg: string, dpi: number, widthMm = 210): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: Math.round((widthMm / 25.4) * dpi) },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  });
  return Buffer.from(resvg.render().asPng());
}
