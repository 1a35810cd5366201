/**
 * `npm test`: every suite (unit, integration against a real Neo4j, browser) in one vitest run,
 * then one closing line "N passed, N failed" for people and CI.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "..");
const report = path.join(repoRoot, "test-results", "vitest.json");
rmSync(report, { force: true });

const vitest = spawnSync(
  process.execPath,
  [path.join(repoRoot, "node_modules", "vitest", "vitest.mjs"), "run", ...process.argv.slice(2)],
  {
    cwd: repoRoot,
    stdio: "inherit",
  },
);

let passed = 0;
let failed = 1;
let skipped = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: Array<{ status: string; message?: string; assertionResults: unknown[] }>;
  };
  passed = results.numPassedTests;
  skipped = results.numPendingTests + results.numTodoTests;
  // A file that fails before its tests run (an import error, a failed setup) counts as a failure.
  failed =
    results.numFailedTests +
    results.testResults.filter((file) => file.status === "failed" && file.assertionResults.length === 0).length;
}
if (vitest.status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || vitest.status !== 0 ? 1 : 0);
