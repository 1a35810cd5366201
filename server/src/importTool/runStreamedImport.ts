/**
 * `npm run import` for files read as streams: --initial (the import tool, initialLoad.ts), --bulk
 * (batches through Cypher, bulkLoadStream.ts), or a check (--dry-run, or --jsonl alone), which
 * validates without the database: references must then point into the import itself.
 */
import { readCypherStatements } from "@atlas/cypher";
import { Presets, SingleBar } from "cli-progress";
import type { Config } from "../config.ts";
import { connectNeo4j } from "../cli/connectNeo4j.ts";
import { CURATION_ORIGIN } from "../curation/curationService.ts";
import { bulkLoadStream } from "../loading/bulkLoadStream.ts";
import { initialLoad } from "./initialLoad.ts";
import type { StreamInput } from "./readImportStream.ts";
import { validateStreamed } from "./validateStream.ts";

export interface StreamedImportRequest {
  input: StreamInput;
  mode: "initial" | "bulk" | "check";
  dryRun: boolean;
  who: string;
}

const progress = (line: string) => process.stderr.write(`import: ${line}\n`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

export async function runStreamedImport(config: Config, { input, mode, dryRun, who }: StreamedImportRequest) {
  const started = performance.now();
  if (dryRun || mode === "check") {
    const { counts } = await validateStreamed(input);
    console.log(`import: valid, ${counts.actors} actors and ${counts.relationships} relationships (nothing written)`);
    return;
  }
  if (mode === "initial") {
    const report = await initialLoad(config, input, { who, progress });
    const { validate, importTool, indexes } = report.seconds;
    console.log(
      `import: wrote ${report.actors} actors and ${report.relationships} relationships with the import tool in ` +
        `${seconds(started)} (validate ${validate.toFixed(1)} s, import tool ${importTool.toFixed(1)} s, ` +
        `start and indexes ${indexes.toFixed(1)} s)`,
    );
    return;
  }
  const neo4j = await connectNeo4j(config, progress, "atlas-import");
  const bar = new SingleBar(
    { format: "import [{bar}] {value}/{total} {phase}", hideCursor: true },
    Presets.shades_classic,
  );
  try {
    // Lookups by id need the constraint's index: a database started just now may not have it yet.
    await neo4j.executor.applySchema(readCypherStatements("schema"));
    progress("validating (a first pass over the files)...");
    let phase = "";
    const report = await bulkLoadStream(neo4j.executor, input, {
      origin: CURATION_ORIGIN,
      onProgress: (now, done, total) => {
        if (now !== phase) {
          if (phase) bar.stop();
          bar.start(total, 0, { phase: now });
          phase = now;
        }
        bar.update(done);
      },
    });
    bar.stop();
    const summary = `${report.actors - report.storedActors} new and ${report.storedActors} updated actors, ${report.relationships} relationships`;
    await neo4j.executor.write("curation/record-audit", {
      who,
      action: "import (bulk)",
      summary,
      origin: CURATION_ORIGIN,
      actorIds: [],
      relationshipIds: [],
    });
    console.log(
      `import: wrote ${summary} in batches (${report.created ? "CREATE: all new" : "MERGE"}) in ${seconds(started)} ` +
        `(validate ${report.validateSeconds.toFixed(1)} s, write ${report.writeSeconds.toFixed(1)} s)`,
    );
  } finally {
    bar.stop();
    await neo4j.close();
  }
}
