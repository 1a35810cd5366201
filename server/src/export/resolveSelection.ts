/**
 * What an export holds, read from Neo4j as plain rows:
 * - view: exactly the actors and relationships the explorer draws (their ids come from the
 *   client, which alone knows its filters, subset, path and removed nodes), and the links it
 *   derives (a projection's, see derivedLinks.ts);
 * - ids: those actors and every collaboration among them (the API's and CLI's id lists);
 * - query: exactly the actors and relationships a read-only query returned, paths included;
 * - all: everything.
 */
import type { ConsoleRunner } from "../console/consoleRunner.ts";
import type { ConsoleLimits } from "../console/runConsoleQuery.ts";
import type { DerivedLink, Plain, ResultEdge } from "@atlas/model";
import type { Executor } from "../neo4j/executor.ts";
import { toDerivedRows } from "./derivedLinks.ts";
import { ExportError } from "./ExportError.ts";
import type { ActorRow, RelationshipRow, SourceDocument } from "./exportGraph.ts";

export type Selection =
  | { kind: "view"; ids: string[]; relationships: string[]; derived?: DerivedLink[] | undefined }
  | { kind: "ids"; ids: string[] }
  | { kind: "query"; query: string }
  | { kind: "all" };

export interface SelectionRows {
  actors: ActorRow[];
  relationships: RelationshipRow[];
  sources: SourceDocument[];
}

export interface SelectionDeps {
  /** Runs the query of an export by query, as the public console does. */
  console: ConsoleRunner;
  executor: Executor;
  database: string;
  limits: ConsoleLimits;
}

type Properties = { [key: string]: Plain };

export async function resolveSelection(deps: SelectionDeps, selection: Selection): Promise<SelectionRows> {
  if (selection.kind !== "query") return readStoredRows(deps.executor, selection);
  return { ...(await queryRows(deps, selection.query)), sources: await readSources(deps.executor) };
}

/** The rows of a selection made of ids (or everything): needs only the executor. */
export async function readStoredRows(
  executor: Executor,
  selection: Exclude<Selection, { kind: "query" }>,
): Promise<SelectionRows> {
  const sources = await readSources(executor);
  const ids = selection.kind === "all" ? null : selection.ids;
  const actors = (await executor.read("export/actors-by-id", { ids })).map(toActorRow);
  if (ids) expectAll("actors", ids, new Set(actors.map((a) => String(a.properties.id))));
  if (selection.kind !== "view") {
    const rows = await executor.read("export/collaborations-among", { ids });
    return { actors, relationships: rows.map(toRelationshipRow), sources };
  }
  const rows = await executor.read("export/relationships-by-id", {
    actorIds: selection.ids,
    relationshipIds: selection.relationships,
  });
  const relationships = rows.map(toRelationshipRow);
  expectAll("relationships", selection.relationships, new Set(relationships.map((r) => String(r.properties.id))));
  return { actors, relationships: [...relationships, ...toDerivedRows(selection.derived ?? [])], sources };
}

async function readSources(executor: Executor): Promise<SourceDocument[]> {
  return (await executor.read("export/sources")).map((row) => row.source as unknown as SourceDocument);
}

/** A view names what it draws; anything the database no longer holds makes it a different view. */
function expectAll(what: string, asked: string[], found: Set<string>): void {
  const missing = [...new Set(asked)].filter((id) => !found.has(id));
  if (missing.length === 0) return;
  const shown = missing.slice(0, 5).join(", ") + (missing.length > 5 ? `, … (${missing.length} in all)` : "");
  throw new ExportError(
    `export: ${missing.length} of the ${what} asked for are not in the database or not among the actors (${shown}); reload the view`,
    409,
  );
}

/** The query's actors and relationships; ends of relationships returned alone are read by element id. */
async function queryRows(deps: SelectionDeps, query: string): Promise<Omit<SelectionRows, "sources">> {
  const { graph, rows } = await deps.console.run(query, {}, deps.limits);
  // The console's graph keeps only relationships whose ends were returned too (it draws them);
  // an export also holds relationships returned alone, found in the plain rows.
  const edges = new Map(graph.edges.map((e) => [e.elementId, e]));
  for (const edge of findRelationships(rows)) if (!edges.has(edge.elementId)) edges.set(edge.elementId, edge);
  const byElement = new Map<string, ActorRow>();
  for (const node of graph.nodes)
    if (node.labels.includes("Actor"))
      byElement.set(node.elementId, {
        properties: node.properties,
        label: node.labels.find((l) => l !== "Actor") ?? null,
      });
  const ends = [...edges.values()]
    .flatMap((e) => [e.startElementId, e.endElementId])
    .filter((id) => !byElement.has(id));
  if (ends.length > 0)
    for (const row of await deps.executor.read("export/actors-by-element-id", {
      elementIds: [...new Set(ends)],
    }))
      byElement.set(String(row.elementId), toActorRow(row));
  // Relationships between actors only: the model has no others, a query may build some (Source).
  const relationships = [...edges.values()]
    .filter((e) => byElement.has(e.startElementId) && byElement.has(e.endElementId))
    .map((e) => ({
      source: String(byElement.get(e.startElementId)!.properties.id),
      target: String(byElement.get(e.endElementId)!.properties.id),
      type: e.type,
      properties: e.properties,
    }));
  const actors = [...byElement.values()].sort((a, b) => String(a.properties.id).localeCompare(String(b.properties.id)));
  return { actors, relationships };
}

/** Relationships as toPlain writes them, anywhere in the rows (top level, lists, maps). */
function findRelationships(value: Plain, found: ResultEdge[] = []): ResultEdge[] {
  if (Array.isArray(value)) value.forEach((v) => findRelationships(v, found));
  else if (value !== null && typeof value === "object") {
    const { elementId, startElementId, endElementId, type, properties } = value;
    if ([elementId, startElementId, endElementId, type].every((v) => typeof v === "string") && isMap(properties))
      found.push({ elementId, startElementId, endElementId, type, properties } as ResultEdge);
    else Object.values(value).forEach((v) => findRelationships(v, found));
  }
  return found;
}

const isMap = (value: Plain | undefined): value is Properties =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function toActorRow(row: Record<string, unknown>): ActorRow {
  const properties = row.actor as Properties;
  return { properties, label: (row.label as string | null) ?? null };
}

function toRelationshipRow(row: Record<string, unknown>): RelationshipRow {
  return {
    source: String(row.source),
    target: String(row.target),
    type: String(row.type),
    properties: row.properties as Properties,
  };
}
