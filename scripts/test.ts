/**
 * `npm test`: the prerequisites, then the static checks, then every vitest project (unit,
 * integration against a real Neo4j with browser tests, slow tests that start Neo4j servers of
 * their own), and one closing line "N passed, N failed" for people and CI.
 *
 * `--only static|unit|integration|slow` runs one layer; other arguments go to vitest.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureLauncherBuilt } from "../neo4j-launcher/src/buildLauncher.ts";
import { ensurePrerequisites } from "./prerequisites.ts";
import { runStaticChecks } from "./staticChecks.ts";

const repoRoot = path.resolve(import.meta.dirname, "..");
const report = path.join(repoRoot, "test-results", "vitest.json");
const log = (line: string) => console.log(line);

const args = process.argv.slice(2);
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const LAYERS = ["static", "unit", "integration", "slow"];
if (only !== undefined && !LAYERS.includes(only)) {
  console.error(`--only takes one of ${LAYERS.join(", ")}; got "${only}"`);
  process.exit(2);
}
const runs = (layer: string) => only === undefined || only === layer;

function finish(passed: number, failed: number, skipped = 0): never {
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(failed > 0 ? 1 : 0);
}

if (runs("integration") || runs("slow")) {
  const stop = ensurePrerequisites(log);
  if (stop) {
    console.error(stop);
    finish(0, 1);
  }
  try {
    await ensureLauncherBuilt(path.join(repoRoot, "neo4j-launcher"), (line) => log(`prerequisites: ${line}`));
  } catch (error) {
    console.error(
      `prerequisites: ${(error as Error).message.split("\n")[0]}; run: mvn -f neo4j-launcher/pom.xml package`,
    );
    finish(0, 1);
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (runs("static")) ({ passed, failed } = runStaticChecks(log));
if (only === "static") finish(passed, failed);

rmSync(report, { force: true });
const projects = only ? ["--project", only] : [];
const vitest = spawnSync(
  process.execPath,
  [path.join(repoRoot, "node_modules", "vitest", "vitest.mjs"), "run", ...projects, ...args],
  { cwd: repoRoot, stdio: "inherit" },
);

if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: Array<{ status: string; assertionResults: unknown[] }>;
  };
  passed += results.numPassedTests;
  skipped += results.numPendingTests + results.numTodoTests;
  // A file that fails before its tests run (an import error, a failed setup) counts as a failure.
  failed +=
    results.numFailedTests +
    results.testResults.filter((file) => file.status === "failed" && file.assertionResults.length === 0).length;
}
if (vitest.status !== 0 && failed === 0) failed = 1;
finish(passed, failed, skipped);
