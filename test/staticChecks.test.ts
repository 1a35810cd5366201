/** Type-check, lint and format checks run as part of `npm test`, so CI enforces them too. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name);

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.trim() };
}

describe("static checks", () => {
  it("type-checks in strict mode (tsc --noEmit)", { timeout: 240_000 }, () => {
    const { status, output } = run(bin("tsc"), ["-p", "tsconfig.json", "--noEmit"]);
    expect(output).toBe("");
    expect(status).toBe(0);
  });

  it("lints clean (eslint)", { timeout: 240_000 }, () => {
    const { status, output } = run(bin("eslint"), ["."]);
    expect(output).toBe("");
    expect(status).toBe(0);
  });

  it("is formatted (prettier --check)", { timeout: 120_000 }, () => {
    const { status, output } = run(bin("prettier"), ["--check", "--log-level", "warn", "."]);
    expect(output).toBe("");
    expect(status).toBe(0);
  });
});
