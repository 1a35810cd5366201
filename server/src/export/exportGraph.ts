/**
 * The graph an export writes: a graphology instance whose nodes and edges carry every property
 * (lists as arrays), plus the positions, sizes and colours to draw, and the documents to cite.
 * Built from plain rows, so the writers' unit specs need no Neo4j.
 */
import { actorTypeColour, LIST_SEPARATOR, nodeSize } from "@atlas/model";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { Executor } from "../neo4j/executor.ts";
import type { Plain } from "@atlas/model";
import { ExportError } from "./ExportError.ts";
import { readStoredRows } from "./resolveSelection.ts";

export interface ExportNode {
  id: string;
  label: string;
  type: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Placed by hand in the explorer (dragged there); absent otherwise. */
  pinned?: true;
  properties: { [key: string]: Plain };
}

export interface ExportEdge {
  id: string;
  type: string;
  properties: { [key: string]: Plain };
}

export type ExportGraph = Graph<ExportNode, ExportEdge>;

export interface SourceDocument {
  id: string;
  title: string;
  publisher: string;
  author?: string;
  year?: number;
  type: string;
}

/** An actor as read from Neo4j: its properties and its type label. */
export interface ActorRow {
  properties: { [key: string]: Plain };
  label: string | null;
}

export interface RelationshipRow {
  source: string;
  target: string;
  type: string;
  properties: { [key: string]: Plain };
}

/** What the explorer shows for each actor; any part left out is computed here. */
export interface Drawing {
  [id: string]: {
    x: number;
    y: number;
    size?: number | undefined;
    color?: string | undefined;
    pinned?: boolean | undefined;
  };
}

export function buildExportGraph(
  actors: ActorRow[],
  relationships: RelationshipRow[],
  drawing: Drawing | null = null,
): ExportGraph {
  const graph: ExportGraph = new Graph({ multi: true, type: "directed" });
  for (const { properties, label } of actors) {
    const id = String(properties.id);
    const type = String(label ?? properties.type);
    graph.addNode(id, {
      id,
      label: String(properties.name ?? id),
      type,
      x: 0,
      y: 0,
      size: 1,
      color: actorTypeColour(type),
      properties,
    });
  }
  for (const { source, target, type, properties } of relationships) {
    const id = String(properties.id);
    if (!graph.hasNode(source) || !graph.hasNode(target))
      throw new ExportError(`buildExportGraph: relationship "${id}" joins an actor the export does not hold`);
    graph.addDirectedEdgeWithKey(id, source, target, { id, type, properties });
  }
  graph.forEachNode((node) =>
    graph.setNodeAttribute(node, "size", drawing?.[node]?.size ?? nodeSize(graph.degree(node))),
  );
  placeNodes(graph, drawing);
  return graph;
}

/** The actors with these ids (null: all), every collaboration among them, and what they cite. */
export async function loadExportGraph(
  executor: Executor,
  ids: string[] | null,
  drawing: Drawing | null = null,
): Promise<{ graph: ExportGraph; sources: SourceDocument[] }> {
  const rows = await readStoredRows(executor, ids ? { kind: "ids", ids } : { kind: "all" });
  const graph = buildExportGraph(rows.actors, rows.relationships, drawing);
  return { graph, sources: getCitedSources(graph, rows.sources) };
}

/** The documents that the actors and relationships cite, from the list of all documents. */
export function getCitedSources(graph: ExportGraph, sources: SourceDocument[]): SourceDocument[] {
  const cited = new Set<string>();
  graph.forEachEdge((_e, a) => (a.properties.sources as string[] | undefined)?.forEach((s) => cited.add(s)));
  graph.forEachNode((_n, a) => (a.properties.sources as string[] | undefined)?.forEach((s) => cited.add(s)));
  return sources.filter((s) => cited.has(s.id));
}

/**
 * Positions as shown in the explorer when given; otherwise a deterministic ForceAtlas2 layout
 * (circle start, fixed iterations), so the same export always draws the same figure.
 */
function placeNodes(graph: ExportGraph, drawing: Drawing | null): void {
  const nodes = graph.nodes().sort();
  nodes.forEach((node, index) => {
    const given = drawing?.[node];
    const angle = (2 * Math.PI * index) / Math.max(nodes.length, 1);
    graph.mergeNodeAttributes(node, {
      x: given?.x ?? 100 * Math.cos(angle),
      y: given?.y ?? 100 * Math.sin(angle),
      ...(given?.color && { color: given.color }),
      ...(given?.pinned && { pinned: true as const }),
    });
  });
  if (drawing || graph.order === 0) return;
  forceAtlas2.assign(graph, {
    iterations: graph.order > 2000 ? 50 : 200,
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
  });
}

export { LIST_SEPARATOR };

export function toText(value: Plain | undefined): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map((v) => toText(v)).join(LIST_SEPARATOR);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
