/** `npm run seed:geocode`: regenerates seed/data/places.json from the gazetteer. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildDataset } from "../buildDataset.ts";
import { geocodePlaces, readNameHints } from "../geocode.ts";
import { seedDataDir } from "../paths.ts";
import { readDataset } from "../readDataset.ts";

const raw = readDataset(seedDataDir);
const dataset = buildDataset({ ...raw, places: [] });
const places = geocodePlaces(dataset.actors, readNameHints(seedDataDir));
writeFileSync(path.join(seedDataDir, "places.json"), JSON.stringify(places, null, 2) + "\n");
const unmatched = places.filter((p) => p.unmatched);
console.log(`${places.length} places: ${places.length - unmatched.length} on the map, ${unmatched.length} unmatched`);
for (const place of unmatched) console.log(`  ${place.id}: ${place.unmatched}`);
