/**
 * `npm run generate -- --actors N [--relationships M] [--seed S] [--format json|jsonl|csv]
 * [--out FILE|DIR]`: a synthetic dataset shaped like the seed, streamed to import files for
 * `npm run import` (see generateFiles.ts for the formats). Default: five relationships per actor,
 * JSON. Memory stays bounded at ten million relationships (docs/design-choices.md).
 */
import { parseArgs } from "node:util";
import { GENERATE_FORMATS, writeGenerated, type GenerateFormat } from "../generateFiles.ts";
import { generateRecords } from "../generateRecords.ts";

const usage =
  "usage: npm run generate -- --actors N [--relationships M] [--seed S] [--format json|jsonl|csv] [--out FILE|DIR]";
const { values } = parseArgs({
  options: {
    actors: { type: "string" },
    relationships: { type: "string" },
    seed: { type: "string", default: "7" },
    format: { type: "string", default: "json" },
    out: { type: "string" },
  },
});
const fail = (message: string) => {
  console.error(`generate: ${message}\n${usage}`);
  process.exit(2);
};
const actors = Number(values.actors);
if (!Number.isInteger(actors) || actors < 10) fail("--actors must be a whole number of at least 10");
const relationships = values.relationships ? Number(values.relationships) : actors * 5;
if (!Number.isInteger(relationships) || relationships < 0) fail("--relationships must be a whole number");
const format = values.format as GenerateFormat;
if (!GENERATE_FORMATS.includes(format)) fail(`--format must be one of ${GENERATE_FORMATS.join(", ")}`);

const started = performance.now();
const counts = { source: 0, actor: 0, relationship: 0 };
const records = (function* () {
  for (const item of generateRecords(actors, relationships, Number(values.seed))) {
    if (++counts[item.kind] % 1_000_000 === 0) console.error(`generate: ${counts[item.kind]} ${item.kind}s...`);
    yield item;
  }
})();
const out = values.out ?? (format === "csv" ? `synthetic-${actors}` : `synthetic-${actors}.${format}`);
const files = writeGenerated(records, format, out);
console.log(
  `generate: ${counts.actor} actors, ${counts.relationship} relationships -> ${files.join(", ")} ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
