/** The SVG figure rasterised with resvg at a chosen resolution: dpi over an A4 page width. */
import { Resvg } from "@resvg/resvg-js";

export function writePng(svg: string, dpi: number): Buffer {
  const widthPx = Math.round((210 / 25.4) * dpi);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: widthPx },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  });
  return Buffer.from(resvg.render().asPng());
}
