/**
 * The static checks of `npm test`, a step of their own before any test runs: each one is counted
 * as one passed or failed check in the closing line, and a failure prints the tool's own output.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { MAX_LINES } from "./fileLengths.ts";

const repoRoot = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name);

export const STATIC_CHECKS: Array<{ name: string; command: string; args: string[] }> = [
  {
    name: "type-checks in strict mode (tsc --noEmit, every workspace's tsconfig)",
    command: process.execPath,
    args: ["--import", "tsx", "scripts/typecheck.ts"],
  },
  { name: "lints clean (eslint)", command: bin("eslint"), args: ["."] },
  { name: "is formatted (prettier --check)", command: bin("prettier"), args: ["--check", "--log-level", "warn", "."] },
  {
    name: `keeps source files to ${MAX_LINES} lines (scripts/fileLengths.ts)`,
    command: process.execPath,
    args: ["--import", "tsx", "scripts/fileLengths.ts"],
  },
];

/** Runs every check (all of them, even after a failure) and returns how many passed and failed. */
export function runStaticChecks(log: (line: string) => void): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  for (const check of STATIC_CHECKS) {
    const started = Date.now();
    const result = spawnSync(check.command, check.args, {
      cwd: repoRoot,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`.trim();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.status === 0 && output === "") {
      passed++;
      log(` ✓ static: ${check.name} (${seconds} s)`);
    } else {
      failed++;
      log(` ✗ static: ${check.name} (${seconds} s)\n${output || `exit code ${result.status}`}`);
    }
  }
  return { passed, failed };
}
