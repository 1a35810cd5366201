/**
 * Country outlines behind a map-view figure, as the explorer draws them under its map layout:
 * world-atlas (offline TopoJSON; the explorer's 50m file, or 110m for a frame spanning much of
 * the world) through the same Mercator, so every actor sits in its country. Light grey with a
 * thin border, so they read in grayscale and stay behind the graph; clipped to the drawing's
 * frame, which keeps the SVG small as well.
 */
import { MAP_MERCATOR_SCALE } from "@atlas/model";
import { geoMercator, geoPath } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";

export const COUNTRY_FILL = "#efefef";
export const COUNTRY_STROKE = "#bdbdbd";

/**
 * Below this many points per degree of longitude (a frame wider than about 60° at 85 mm) the 50m
 * file's detail is finer than print shows: Chicago to Athens at 85 mm took 390 KB with it and
 * 53 KB with the 110m file, which is drawn there instead.
 */
const FINE_FROM_POINTS_PER_DEGREE = 4;

const atlases = new Map<string, FeatureCollection>();

/** Read once per process and resolution: the 50m file is 750 KB. */
function getCountries(resolution: "50m" | "110m"): FeatureCollection {
  let countries = atlases.get(resolution);
  if (!countries) {
    const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${resolution}.json`);
    const world = JSON.parse(readFileSync(file, "utf8")) as Topology;
    countries = feature(world, world.objects.countries!) as FeatureCollection;
    atlases.set(resolution, countries);
  }
  return countries;
}

export interface MapFrame {
  /** Page points per graph unit. */
  scale: number;
  /** Where graph (0, 0), the projection's centre, lands on the page. */
  origin: [number, number];
  /** The drawing's frame on the page. */
  area: { x0: number; y0: number; x1: number; y1: number };
}

/**
 * The outlines as SVG. Graph positions are Mercator at MAP_MERCATOR_SCALE with y up, and the page
 * maps them by `scale` with y down, so the page projection is the same Mercator, scaled and moved.
 */
export function drawCountryOutlines({ scale, origin, area }: MapFrame): string {
  const projection = geoMercator()
    .scale(MAP_MERCATOR_SCALE * scale)
    .translate(origin)
    .clipExtent([
      [area.x0, area.y0],
      [area.x1, area.y1],
    ]);
  const pointsPerDegree = (MAP_MERCATOR_SCALE * scale * Math.PI) / 180;
  const countries = getCountries(pointsPerDegree >= FINE_FROM_POINTS_PER_DEGREE ? "50m" : "110m");
  const d = geoPath(projection).digits(2)(countries) ?? "";
  return `<path class="countries" d="${d}" fill="${COUNTRY_FILL}" stroke="${COUNTRY_STROKE}" stroke-width="0.3" stroke-linejoin="round"/>`;
}
