/**
 * `npm run bench:export`: every export format for a generated 10,000-actor / 50,000-relationship
 * graph (env BENCH_ACTORS, BENCH_RELATIONSHIPS): time and size of each, against a throwaway Neo4j.
 */
import { loadDataset } from "../server/src/loading/loadDataset.ts";
import { loadExportGraph } from "../server/src/export/exportGraph.ts";
import { FORMAT_NAMES, FORMATS } from "../server/src/export/formats.ts";
import { generateDataset } from "@atlas/seed/generate";
import { startThrowawayAtlas } from "./startThrowawayAtlas.ts";
import { Executor } from "../server/src/neo4j/executor.ts";

const actors = Number(process.env.BENCH_ACTORS ?? 10_000);
const relationships = Number(process.env.BENCH_RELATIONSHIPS ?? 50_000);
const atlas = await startThrowawayAtlas({
  SEED_ON_START: "false",
  NEO4J_TX_MEMORY: "1g",
  NEO4J_TX_MEMORY_TOTAL: "1500m",
  LOCAL_NEO4J_HEAP: "2g",
});
try {
  const dataset = generateDataset(actors, relationships);
  let started = performance.now();
  await loadDataset(new Executor(atlas.driver, "neo4j"), dataset, { origin: "bench" });
  console.log(
    `loaded ${dataset.actors.length} actors, ${dataset.relationships.length} relationships in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  started = performance.now();
  const { graph, sources } = await loadExportGraph(atlas.executor, null);
  console.log(
    `read and laid out for export in ${((performance.now() - started) / 1000).toFixed(1)} s (${graph.order} nodes, ${graph.size} edges)\n`,
  );
  const context = { graph, sources, title: "Benchmark", dpi: 300, description: "benchmark" };
  console.log("| format | files | time (s) | size (MB) |\n|---|---|---:|---:|");
  for (const format of FORMAT_NAMES) {
    const t = performance.now();
    const files = FORMATS[format](context);
    const seconds = (performance.now() - t) / 1000;
    const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.content), 0);
    console.log(
      `| ${format} | ${files.map((f) => f.name).join(", ")} | ${seconds.toFixed(2)} | ${(bytes / 1e6).toFixed(1)} |`,
    );
  }
} finally {
  await atlas.dispose();
}
