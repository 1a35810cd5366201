/**
 * `npm run import -- (--json FILE | --jsonl FILE | --actors FILE.csv --relationships FILE.csv)
 * [--dry-run] [--bulk | --initial] [--who NAME]`: users' own actors and relationships, validated
 * in full first (every bad row listed with its line), then written in one transaction (all or
 * nothing) with an audit entry; --bulk writes in batches, --initial loads an empty local database
 * with Neo4j's import tool (importTool/initialLoad.ts); --jsonl, --bulk and --initial read the
 * files as streams (importTool/runStreamedImport.ts).
 * Needs the curation token: the same one the GraphQL mutations need (CURATION_TOKEN).
 */
import { DatasetError } from "@atlas/model";
import { Presets, SingleBar } from "cli-progress";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.ts";
import { connectNeo4j } from "./connectNeo4j.ts";
import { importData } from "../curation/curationService.ts";
import type { ImportInput } from "../curation/importRecords.ts";
import { runStreamedImport } from "../importTool/runStreamedImport.ts";
import { ImportRefused } from "../importTool/storeGuards.ts";

const usage =
  "usage: npm run import -- (--json FILE | --jsonl FILE | --actors FILE.csv [--relationships FILE.csv] [--sources FILE.json]) [--dry-run] [--bulk | --initial] [--who NAME]";

function read(file: string): { name: string; text: string } {
  try {
    return { name: path.basename(file), text: new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file)) };
  } catch (error) {
    throw new Error(`import: cannot read ${file} as UTF-8 text: ${(error as Error).message}`, { cause: error });
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      json: { type: "string" },
      jsonl: { type: "string" },
      actors: { type: "string" },
      relationships: { type: "string" },
      sources: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      bulk: { type: "boolean", default: false },
      initial: { type: "boolean", default: false },
      who: { type: "string", default: process.env.USER ?? "cli" },
    },
  });
  if (!values.json && !values.jsonl && !values.actors && !values.relationships)
    throw new Error(`import: nothing to import\n${usage}`);
  const config = loadConfig();
  if (!config.curationToken && !values["dry-run"]) {
    throw new Error("import: writing needs the curation token: set CURATION_TOKEN (or use --dry-run)");
  }
  if (values.initial || values.jsonl || (values.bulk && !values["dry-run"])) {
    if (values.bulk && values.initial)
      throw new Error(`import: --bulk and --initial are two ways to write; choose one\n${usage}`);
    return runStreamedImport(config, {
      input: {
        json: values.json,
        jsonl: values.jsonl,
        actorsCsv: values.actors,
        relationshipsCsv: values.relationships,
        sourcesJson: values.sources,
      },
      mode: values.initial ? "initial" : values.bulk ? "bulk" : "check",
      dryRun: values["dry-run"],
      who: values.who!,
    });
  }
  const input: ImportInput = {
    ...(values.json && { json: read(values.json) }),
    // With CSV, new documents to cite come as a JSON array of sources.
    ...(values.sources &&
      !values.json && {
        json: { name: path.basename(values.sources), text: `{"sources": ${read(values.sources).text}}` },
      }),
    ...(values.actors && { actorsCsv: read(values.actors) }),
    ...(values.relationships && { relationshipsCsv: read(values.relationships) }),
  };

  const neo4j = await connectNeo4j(config, (line) => process.stderr.write(`import: ${line}\n`), "atlas-import");
  const bar = new SingleBar(
    { format: "import [{bar}] {value}/{total} steps", hideCursor: true },
    Presets.shades_classic,
  );
  try {
    process.stderr.write("import: validating...\n");
    let started = false;
    const report = await importData(neo4j.executor, input, {
      who: values.who!,
      action: "import",
      dryRun: values["dry-run"],
      bulk: values.bulk,
      onProgress: (done, total) => {
        if (!started) {
          process.stderr.write(
            values.bulk
              ? "import: writing (bulk: batches of 10,000, one transaction each)...\n"
              : "import: writing (one transaction)...\n",
          );
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
    });
    bar.stop();
    const verb = report.dryRun ? "would write" : "wrote";
    console.log(
      `import: ${verb} ${report.actors.new} new and ${report.actors.updated} updated actors, ${report.relationships.new} new and ${report.relationships.updated} updated relationships`,
    );
  } finally {
    bar.stop();
    await neo4j.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError || error instanceof DatasetError || error instanceof ImportRefused ? error.message : (error as Error).message}\n`,
  );
  process.exit(1);
});
