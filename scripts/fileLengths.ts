/**
 * No source file over MAX_LINES lines: a file that long holds more than one idea. Tests, generated
 * code and data are left aside; stylesheets and HTML pages are not code. Lists every offender
 * with its line count; silent when there is none (the static checks count output as failure).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const MAX_LINES = 200;
const SOURCE = /\.(ts|tsx|js|mjs|cjs|java|py|cypher|sh)$/;
const ASIDE = [/\.test\.tsx?$/, /(^|\/)generated\//, /^seed\/(data|fixtures)\//];

export function isCheckedSource(file: string): boolean {
  return SOURCE.test(file) && !ASIDE.some((pattern) => pattern.test(file));
}

/** The repository's files, committed or not (ignored ones aside), longer than MAX_LINES lines. */
export function findLongFiles(repoRoot: string): Array<{ file: string; lines: number }> {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: repoRoot,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  }).split("\n");
  return files
    .filter((file) => isCheckedSource(file) && existsSync(path.join(repoRoot, file)))
    .map((file) => ({ file, lines: countLines(readFileSync(path.join(repoRoot, file), "utf8")) }))
    .filter(({ lines }) => lines > MAX_LINES)
    .sort((a, b) => b.lines - a.lines);
}

export function countLines(text: string): number {
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const long = findLongFiles(path.resolve(import.meta.dirname, ".."));
  for (const { file, lines } of long) console.error(`${file}: ${lines} lines (at most ${MAX_LINES})`);
  process.exit(long.length > 0 ? 1 : 0);
}
