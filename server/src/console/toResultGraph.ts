/**
 * Collects the nodes, relationships and paths anywhere in a result (top level, in lists, in maps)
 * into one graph, so a console result can be drawn in the explorer.
 */
import { isNode, isPath, isRelationship, type Node, type Relationship } from "neo4j-driver";
import type { ResultEdge, ResultGraph, ResultNode } from "@atlas/model";
import { toPlainMap } from "../neo4j/toPlain.ts";

export function collectGraph(values: unknown[]): ResultGraph {
  const nodes = new Map<string, ResultNode>();
  const edges = new Map<string, ResultEdge>();
  const addNode = (node: Node) =>
    nodes.set(node.elementId, {
      elementId: node.elementId,
      labels: node.labels,
      properties: toPlainMap(node.properties),
    });
  const addEdge = (rel: Relationship) =>
    edges.set(rel.elementId, {
      elementId: rel.elementId,
      type: rel.type,
      startElementId: rel.startNodeElementId,
      endElementId: rel.endNodeElementId,
      properties: toPlainMap(rel.properties),
    });
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== "object") return;
    if (isNode(value)) addNode(value);
    else if (isRelationship(value)) addEdge(value);
    else if (isPath(value)) {
      for (const segment of value.segments) {
        addNode(segment.start);
        addNode(segment.end);
        addEdge(segment.relationship);
      }
      addNode(value.start);
    } else if (Array.isArray(value)) value.forEach(visit);
    else Object.values(value).forEach(visit);
  };
  values.forEach(visit);
  // An edge is drawable only when both its ends are in the result.
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()].filter((e) => nodes.has(e.startElementId) && nodes.has(e.endElementId)),
  };
}
