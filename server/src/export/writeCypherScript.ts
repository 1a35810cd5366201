/**
 * A Cypher script that recreates the exported subgraph in an empty Neo4j: the constraint, then
 * the actors per type label and the relationships per type, in UNWIND batches, with every
 * property as a literal (integers stay integers, coordinates stay floats).
 */
import type { Plain } from "@atlas/model";
import { FLOAT_KEYS } from "./attributeSchema.ts";
import type { ExportGraph } from "./exportGraph.ts";

const BATCH = 500;
const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function name(identifier: string): string {
  return SAFE_NAME.test(identifier) ? identifier : `\`${identifier.replace(/`/g, "``")}\``;
}

export function toCypherLiteral(value: Plain, key = ""): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "null";
    return Number.isInteger(value) && FLOAT_KEYS.has(key) ? value.toFixed(1) : String(value);
  }
  if (typeof value === "string") {
    return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t")}'`;
  }
  if (Array.isArray(value)) return `[${value.map((v) => toCypherLiteral(v, key)).join(", ")}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${name(k)}: ${toCypherLiteral(v, k)}`)
    .join(", ")}}`;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

export function writeCypherScript(graph: ExportGraph, header: string): string {
  const lines = [
    `// ${header}`,
    `// ${graph.order} actors, ${graph.size} relationships. Run in an empty database, e.g. cypher-shell -f this-file.`,
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;",
  ];
  const byLabel = new Map<string, Array<Record<string, Plain>>>();
  graph.forEachNode((_node, a) => pushTo(byLabel, a.type, a.properties));
  for (const [label, rows] of [...byLabel.entries()].sort()) {
    for (const batch of batches(rows)) {
      lines.push(`UNWIND ${toCypherLiteral(batch)} AS row\nCREATE (a:Actor:${name(label)})\nSET a = row;`);
    }
  }
  const byType = new Map<string, Array<Record<string, Plain>>>();
  graph.forEachEdge((_edge, a, source, target) => pushTo(byType, a.type, { source, target, properties: a.properties }));
  for (const [type, rows] of [...byType.entries()].sort()) {
    for (const batch of batches(rows)) {
      lines.push(
        `UNWIND ${toCypherLiteral(batch)} AS row\nMATCH (a:Actor {id: row.source})\nMATCH (b:Actor {id: row.target})\nCREATE (a)-[r:${name(type)}]->(b)\nSET r = row.properties;`,
      );
    }
  }
  return lines.join("\n") + "\n";
}
