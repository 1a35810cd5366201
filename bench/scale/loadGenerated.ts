/** A generated dataset bulk-loaded through the project's loader, with load rates and peak memory. */
import { generateDataset } from "@atlas/seed/generate";
import { readFileSync } from "node:fs";
import { bulkLoad } from "../../server/src/loading/bulkLoad.ts";
import { Executor } from "../../server/src/neo4j/executor.ts";
import type { RunningAtlas } from "../../server/src/runtime.ts";

/** What the later measurements pick from; the dataset itself is left to be collected. */
export interface LoadedIds {
  ids: string[];
  people: string[];
  sourceId: string;
}

function jvmPeakMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/** Prints a table row; nodePeak reads the process's peak RSS sampled so far (bytes). */
export async function loadGenerated(
  atlas: RunningAtlas,
  actors: number,
  relationships: number,
  nodePeak: () => number,
): Promise<{ loaded: LoadedIds; figures: { loadSeconds: number; nodePeakMb: number; jvmPeakMb: number } }> {
  let started = performance.now();
  const dataset = generateDataset(actors, relationships);
  console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  const timings = await bulkLoad(new Executor(atlas.driver, "neo4j"), dataset, {
    origin: "bench",
    batchSize: 10_000,
  });
  const total = (performance.now() - started) / 1000;
  const jvmPeak = jvmPeakMb(atlas.localNeo4j!.pid);
  console.log(
    "| actors/s | relationships/s | total load (s) | Node peak RSS (MB) | JVM peak RSS (MB) |\n|---:|---:|---:|---:|---:|",
  );
  console.log(
    `| ${(timings.actors / timings.actorSeconds).toFixed(0)} | ${(timings.relationships / timings.relationshipSeconds).toFixed(0)} | ${total.toFixed(1)} | ${(nodePeak() / 1e6).toFixed(0)} | ${jvmPeak.toFixed(0)} |`,
  );
  return {
    loaded: {
      ids: dataset.actors.map((a) => a.id),
      people: dataset.actors.filter((a) => a.type === "Person").map((a) => a.id),
      sourceId: dataset.sources[0]!.id,
    },
    figures: { loadSeconds: total, nodePeakMb: nodePeak() / 1e6, jvmPeakMb: jvmPeak },
  };
}
