/** Reads the named queries kept as .cypher files beside this module. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const cypherDir = path.dirname(fileURLToPath(import.meta.url));

/** The query text of `cypher/<name>.cypher`, header comments removed. */
export function readCypher(name: string): string {
  const file = path.join(cypherDir, `${name}.cypher`);
  return stripComments(readFileSync(file, "utf8"));
}

/** The statements of a multi-statement file (schema), split on `;` at line ends. */
export function readCypherStatements(name: string): string[] {
  return readCypher(name)
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/** Every query file, as names usable with readCypher, e.g. "explore/neighbourhood". */
export function listCypherFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules") continue;
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
