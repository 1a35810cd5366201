/**
 * The synthetic dataset (generateRecords.ts) gathered in memory as the loaders' Dataset, for
 * tests and benchmarks up to about a million relationships; cities carry their gazetteer
 * coordinates. Larger sizes stream to files instead (`npm run generate`).
 */
import { toActor, toRelationship, type Actor, type Dataset, type SourceRecord } from "@atlas/model";
import { ActorSpace, generateRecords } from "./generateRecords.ts";

// The package's "generate" entry: the streaming parts too.
export { generateRecords, SYNTHETIC_SOURCE, SYNTHETIC_SOURCES, type GeneratedRecord } from "./generateRecords.ts";
export { writeGenerated, type GenerateFormat } from "./generateFiles.ts";

export function generateDataset(actorCount: number, relationshipCount: number, seed = 7): Dataset {
  const space = new ActorSpace(actorCount, seed);
  const dataset: Dataset = { sources: [] as SourceRecord[], actors: [] as Actor[], relationships: [] };
  for (const item of generateRecords(actorCount, relationshipCount, seed)) {
    if (item.kind === "source") dataset.sources.push(item.record);
    else if (item.kind === "relationship") dataset.relationships.push(toRelationship(item.record));
    else {
      const actor = toActor(item.record);
      if (actor.type === "City") {
        const { lat, lon } = space.actor(dataset.actors.length).place;
        Object.assign(actor, { lat, lon });
      }
      dataset.actors.push(actor);
    }
  }
  return dataset;
}

/** A dataset as an import file ({sources, actors, relationships}) for `npm run import -- --json`. */
export function toImportFile(dataset: Dataset): string {
  return JSON.stringify({
    sources: dataset.sources,
    actors: dataset.actors.map((a) => ({
      id: a.id,
      type: a.type,
      name: a.name,
      ...(a.aliases.length > 0 && { aliases: a.aliases }),
      ...(a.subtype && { subtype: a.subtype }),
      ...(a.country && { country: a.country }),
      ...(a.role && { role: a.role }),
      evidence: a.sources.map((source, i) => ({ source, quote: a.quotes[i] })),
    })),
    relationships: dataset.relationships.map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      ...(r.year && { year: r.year }),
      evidence: r.sources.map((source, i) => ({ source, quote: r.quotes[i] })),
    })),
  });
}
