/**
 * Runs networkx (Debian's python3-networkx, see scripts/prerequisites.ts) on the same graph as
 * computeMetrics, through reproduce.py's functions. Node-only: a test helper, not shipped.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { AlgorithmRecord, MetricName, RelationshipLink } from "../src/index.ts";

/** Debian's python3: the first python3 on PATH may be a build without Debian's packages. */
const PYTHON = "/usr/bin/python3";
const DRIVER = fileURLToPath(new URL("./networkxReference.py", import.meta.url));

export interface NetworkxAnswer {
  values: Partial<Record<MetricName, Record<string, number>>>;
  modularity?: { networkx: number; ours: number };
}

export function runNetworkx(task: {
  nodes: string[];
  links: RelationshipLink[];
  undirectedTypes: string[];
  records: AlgorithmRecord[];
  communities?: Record<string, number>;
}): NetworkxAnswer {
  const input = JSON.stringify({ ...task, links: task.links.map((l) => [l.source, l.target, l.type]) });
  const run = spawnSync(PYTHON, [DRIVER], { input, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`runNetworkx: ${PYTHON} failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as NetworkxAnswer;
}
