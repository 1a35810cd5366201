/**
 * `npm run typecheck`: `tsc --noEmit` on every tsconfig of the repository, two at a time. Each
 * workspace has its own (DOM types only in the client's). One `tsc -p` each, not `tsc -b`: project
 * references need composite projects that emit declarations and own every file they import,
 * which the tests' and benchmarks' imports across workspaces rule out. Silent when all pass.
 */
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(import.meta.dirname, "..");

/** Every tsconfig, slowest first so that two at a time finish together. */
export const TS_PROJECTS = [
  "client/tsconfig.node.json",
  "client/tsconfig.json",
  "tsconfig.json",
  "server/tsconfig.json",
  "analysis/tsconfig.json",
  "seed/tsconfig.json",
  "cypher/tsconfig.json",
  "neo4j-launcher/tsconfig.json",
  "model/tsconfig.json",
];

export interface ProjectResult {
  project: string;
  ok: boolean;
  output: string;
  seconds: number;
}

function check(project: string): Promise<ProjectResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tsc = spawn(
      process.execPath,
      [path.join(repoRoot, "node_modules", "typescript", "bin", "tsc"), "-p", project, "--noEmit"],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    tsc.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    tsc.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    tsc.on("error", reject);
    tsc.on("close", (code) =>
      resolve({ project, ok: code === 0, output: output.trim(), seconds: (Date.now() - started) / 1000 }),
    );
  });
}

/** Checks every project, at most `parallel` at once (tsc is single-threaded). */
export async function typecheckAll(parallel = Math.min(2, availableParallelism())): Promise<ProjectResult[]> {
  const queue = [...TS_PROJECTS];
  const results: ProjectResult[] = [];
  const worker = async () => {
    for (let project = queue.shift(); project; project = queue.shift()) results.push(await check(project));
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const failed = (await typecheckAll()).filter((result) => !result.ok);
  for (const result of failed) console.error(`tsc -p ${result.project}:\n${result.output}\n`);
  process.exit(failed.length > 0 ? 1 : 0);
}
