/**
 * Country outlines under the graph in geographic mode, drawn from world-atlas (offline TopoJSON,
 * no tile server) with the same projection as the nodes and redrawn after every sigma frame.
 */
import { geoPath } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { useEffect, useRef, useState } from "react";
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../core/atlasGraph.ts";
import { project, projection } from "../core/geoLayout.ts";

async function loadCountries(): Promise<FeatureCollection> {
  const [{ feature }, topology] = await Promise.all([
    import("topojson-client"),
    import("world-atlas/countries-50m.json"),
  ]);
  const world = (topology as any).default ?? topology;
  return feature(world, world.objects.countries) as unknown as FeatureCollection;
}

export function MapLayer({ sigma }: { sigma: React.RefObject<Sigma<NodeAttributes, EdgeAttributes> | null> }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [countries, setCountries] = useState<FeatureCollection | null>(null);

  useEffect(() => {
    void loadCountries().then(setCountries);
  }, []);

  useEffect(() => {
    const renderer = sigma.current;
    const element = canvas.current;
    if (!renderer || !element || !countries) return;
    const draw = () => {
      const { width, height } = renderer.getDimensions();
      const ratio = window.devicePixelRatio || 1;
      element.width = width * ratio;
      element.height = height * ratio;
      element.style.width = `${width}px`;
      element.style.height = `${height}px`;
      const context = element.getContext("2d")!;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      // Projected map units -> graph coordinates (y flipped) -> viewport pixels.
      const toViewport = (lon: number, lat: number): [number, number] => {
        const { x, y } = project(lon, lat);
        const point = renderer.graphToViewport({ x, y });
        return [point.x, point.y];
      };
      const path = geoPath(
        {
          stream: (output) =>
            projection.stream({
              point(px: number, py: number) {
                const [lon, lat] = projection.invert!([px, py])!;
                const [vx, vy] = toViewport(lon, lat);
                output.point(vx, vy);
              },
              lineStart: () => output.lineStart(),
              lineEnd: () => output.lineEnd(),
              polygonStart: () => output.polygonStart(),
              polygonEnd: () => output.polygonEnd(),
              sphere: () => output.sphere?.(),
            }),
        },
        context,
      );
      context.beginPath();
      path(countries);
      context.fillStyle = "#f4f4f0";
      context.fill();
      context.strokeStyle = "#b9b9b0";
      context.lineWidth = 0.7;
      context.stroke();
    };
    renderer.on("afterRender", draw);
    renderer.refresh();
    return () => {
      renderer.off("afterRender", draw);
    };
  }, [countries, sigma]);

  return <canvas ref={canvas} className="map-layer" data-testid="map-layer" aria-hidden="true" />;
}
