/**
 * The graph an export writes: a graphology instance whose nodes and edges carry every property
 * (lists as arrays), plus the positions and colours to draw, and the documents to cite.
 */
import { readCypher } from "@atlas/cypher";
import { ACTOR_TYPE_COLOURS, type ActorType } from "@atlas/seed/model";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { Executor } from "../neo4j/executor.ts";
import type { Plain } from "../neo4j/toPlain.ts";

export interface ExportNode {
  id: string;
  label: string;
  type: string;
  x: number;
  y: number;
  size: number;
  color: string;
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

export interface Positions {
  [id: string]: { x: number; y: number; color?: string };
}

/** Loads the actors with these ids (null: all) and every collaboration among them. */
export async function loadExportGraph(
  executor: Executor,
  ids: string[] | null,
  positions: Positions | null = null,
): Promise<{ graph: ExportGraph; sources: SourceDocument[] }> {
  const graph: ExportGraph = new Graph({ multi: true, type: "directed" });
  for (const row of await executor.read(readCypher("export/actors-by-id"), { ids })) {
    const properties = row.actor as { [key: string]: Plain };
    const id = String(properties.id);
    const type = String(row.label ?? properties.type);
    graph.addNode(id, {
      id,
      label: String(properties.name ?? id),
      type,
      x: 0,
      y: 0,
      size: 1,
      color: ACTOR_TYPE_COLOURS[type as ActorType] ?? "#333333",
      properties,
    });
  }
  for (const row of await executor.read(readCypher("export/collaborations-among"), { ids })) {
    const properties = row.properties as { [key: string]: Plain };
    graph.addDirectedEdgeWithKey(String(properties.id), String(row.source), String(row.target), {
      id: String(properties.id),
      type: String(row.type),
      properties,
    });
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, "size", 2 + Math.sqrt(graph.degree(node))));
  placeNodes(graph, positions);
  const cited = new Set<string>();
  graph.forEachEdge((_e, a) => (a.properties.sources as string[] | undefined)?.forEach((s) => cited.add(s)));
  graph.forEachNode((_n, a) => (a.properties.sources as string[] | undefined)?.forEach((s) => cited.add(s)));
  const sources = (await executor.read(readCypher("export/sources"))).map(
    (row) => row.source as unknown as SourceDocument,
  );
  return { graph, sources: sources.filter((s) => cited.has(s.id)) };
}

/**
 * Positions as shown in the explorer when given; otherwise a deterministic ForceAtlas2 layout
 * (circle start, fixed iterations), so the same export always draws the same figure.
 */
function placeNodes(graph: ExportGraph, positions: Positions | null): void {
  const nodes = graph.nodes().sort();
  nodes.forEach((node, index) => {
    const given = positions?.[node];
    const angle = (2 * Math.PI * index) / Math.max(nodes.length, 1);
    graph.mergeNodeAttributes(node, {
      x: given?.x ?? 100 * Math.cos(angle),
      y: given?.y ?? 100 * Math.sin(angle),
      ...(given?.color && { color: given.color }),
    });
  });
  if (positions || graph.order === 0) return;
  forceAtlas2.assign(graph, {
    iterations: graph.order > 2000 ? 50 : 200,
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
  });
}

/** Lists become "a | b" where a format has no list type; the separator is in the manifest. */
export const LIST_SEPARATOR = " | ";

export function toText(value: Plain | undefined): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map((v) => toText(v)).join(LIST_SEPARATOR);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
