/**
 * `npm run generate -- --actors N [--relationships M] [--seed S] [--out FILE]`: a synthetic
 * dataset shaped like the seed, as an import file for `npm run import -- --json FILE [--bulk]`.
 * Default: five relationships per actor, like the 10k/50k benchmark size.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { generateDataset, toImportFile } from "../generateDataset.ts";

const { values } = parseArgs({
  options: {
    actors: { type: "string" },
    relationships: { type: "string" },
    seed: { type: "string", default: "7" },
    out: { type: "string" },
  },
});
const actors = Number(values.actors);
if (!Number.isInteger(actors) || actors < 10) {
  console.error(
    "generate: --actors must be a whole number of at least 10\nusage: npm run generate -- --actors N [--relationships M] [--seed S] [--out FILE]",
  );
  process.exit(2);
}
const relationships = values.relationships ? Number(values.relationships) : actors * 5;
const dataset = generateDataset(actors, relationships, Number(values.seed));
const out = values.out ?? `synthetic-${actors}.json`;
writeFileSync(out, toImportFile(dataset));
console.log(`generate: ${dataset.actors.length} actors, ${dataset.relationships.length} relationships -> ${out}`);
