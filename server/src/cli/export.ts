/**
 * `npm run export -- --query '...' | --ids a,b | --all  [--format graphml|...|zip] [--out file]
 * [--title T] [--dpi 300] [--width 85mm|175mm|a4] [--grayscale] [--metrics degree,pagerank,…]`: the API's exports for scripted pipelines, with a progress bar.
 * Uses NEO4J_URI when set; otherwise the local Neo4j that `npm start` runs, or starts it.
 */
import { METRIC_NAMES, toMetricNames } from "@atlas/analysis";
import { seedDataDir } from "@atlas/seed";
import { SingleBar, Presets } from "cli-progress";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.ts";
import { connectNeo4j } from "./connectNeo4j.ts";
import { getDatasetVersion } from "../export/datasetVersion.ts";
import { runExport } from "../export/exportService.ts";
import { FORMAT_NAMES, type FormatName } from "../export/formats.ts";
import { PRINT_WIDTH_NAMES, type PrintWidth } from "../export/printSizes.ts";
import { driverRunner } from "../console/consoleRunner.ts";

const usage = `usage: npm run export -- (--query CYPHER | --ids a,b,c | --all) [--format ${["zip", ...FORMAT_NAMES].join("|")}] [--out FILE] [--title TEXT] [--dpi N] [--width ${PRINT_WIDTH_NAMES.join("|")}] [--grayscale] [--metrics ${METRIC_NAMES.join(",")}]`;

async function main() {
  const { values } = parseArgs({
    options: {
      query: { type: "string" },
      ids: { type: "string" },
      all: { type: "boolean" },
      format: { type: "string", default: "zip" },
      out: { type: "string" },
      title: { type: "string" },
      dpi: { type: "string", default: "300" },
      width: { type: "string", default: "a4" },
      grayscale: { type: "boolean", default: false },
      metrics: { type: "string" },
    },
  });
  const chosen = [values.query, values.ids, values.all].filter((v) => v !== undefined && v !== false).length;
  if (chosen !== 1) throw new Error(`export: give exactly one of --query, --ids or --all\n${usage}`);
  const format = values.format!;
  if (format !== "zip" && !FORMAT_NAMES.includes(format as FormatName))
    throw new Error(`export: unknown format "${format}"\n${usage}`);
  const dpi = Number(values.dpi);
  if (!Number.isInteger(dpi) || dpi < 72 || dpi > 600)
    throw new Error("export: --dpi must be a whole number from 72 to 600");
  const width = values.width as PrintWidth;
  if (!PRINT_WIDTH_NAMES.includes(width)) throw new Error(`export: unknown --width "${values.width}"\n${usage}`);
  const metrics = toMetricNames(values.metrics?.split(",").filter(Boolean) ?? []);

  const config = loadConfig();
  const neo4j = await connectNeo4j(config, (line) => process.stderr.write(`export: ${line}\n`), "atlas-export");

  const bar = new SingleBar(
    { format: "export [{bar}] {value}/{total} {step}", hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(1, 0, { step: "" });
  try {
    const { file, counts } = await runExport(
      {
        console: driverRunner(neo4j.executor),
        executor: neo4j.executor,
        database: config.neo4j.database,
        limits: { timeoutMs: 60_000, maxRows: 1_000_000 },
        datasetVersion: getDatasetVersion(seedDataDir),
      },
      {
        selection: values.ids
          ? { kind: "ids", ids: values.ids.split(",") }
          : values.query
            ? { kind: "query", query: values.query }
            : { kind: "all" },
        formats: format === "zip" ? FORMAT_NAMES : [format as FormatName],
        single: format !== "zip",
        title: values.title,
        dpi,
        figure: { width, grayscale: values.grayscale === true },
        metrics,
      },
      (done, total, step) => {
        bar.setTotal(total);
        bar.update(done, { step });
      },
    );
    bar.stop();
    const out = values.out ?? file.name;
    writeFileSync(out, file.content);
    process.stderr.write(`export: ${counts.nodes} nodes, ${counts.edges} edges -> ${out}\n`);
  } finally {
    bar.stop();
    await neo4j.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
  process.exit(1);
});
