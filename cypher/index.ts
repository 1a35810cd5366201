/** Reads the named queries kept as .cypher files beside this module. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const cypherDir = path.dirname(fileURLToPath(import.meta.url));

/**
 * Shared projections, written once in cypher/projections/: `n {...actor}` in a query becomes the
 * actor projection applied to `n`. Cypher has no fragments of its own, hence this one expansion.
 */
const PROJECTION_USE = /\b([A-Za-z_][A-Za-z0-9_]*) \{\.\.\.([a-z]+)\}/g;
const PROJECTIONS_DIR = "projections";

/** The query text of `cypher/<name>.cypher`, header comments removed and projections expanded. */
export function readCypher(name: string): string {
  return readText(name).replace(PROJECTION_USE, (_, variable: string, projection: string) => {
    const body = readText(`${PROJECTIONS_DIR}/${projection}`);
    return `${variable} ${body.replaceAll("@", variable)}`;
  });
}

function readText(name: string): string {
  return stripComments(readFileSync(path.join(cypherDir, `${name}.cypher`), "utf8"));
}

/** The statements of a multi-statement file (schema), split on `;` at line ends. */
export function readCypherStatements(name: string): string[] {
  return readCypher(name)
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/** Every query file (projections are parts, not queries), as names for readCypher, e.g. "explore/neighbourhood". */
export function listCypherFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || (dir === cypherDir && entry.name === PROJECTIONS_DIR)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".cypher")) found.push(path.relative(cypherDir, full).replace(/\.cypher$/, ""));
    }
  };
  walk(cypherDir);
  return found.sort();
}

function stripComments(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .trim();
}
