/**
 * Turns console results into the explorer's subgraph shape: Cypher nodes and relationships
 * (keyed by our `id` property where they have one), or any GraphQL answer's objects that look
 * like actors ({id, name, type}) and edges ({id, type, source, target}).
 */
import type { ResultEdge, ResultNode } from "@atlas/model";
import type { GraphEdgeDto, GraphNodeDto, SubgraphDto } from "../api/types.ts";

const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const num = (value: unknown): number | null => (typeof value === "number" ? value : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === "string") : []);

/** The field when the result has it; a field left out stays out, so merging keeps what the graph knows. */
function given<K extends string, V>(o: Record<string, unknown>, key: K, read: (value: unknown) => V) {
  return key in o ? ({ [key]: read(o[key]) } as Record<K, V>) : {};
}

export function fromCypherGraph(nodes: ResultNode[], edges: ResultEdge[]): SubgraphDto {
  const idOf = new Map<string, string>();
  const outNodes: GraphNodeDto[] = nodes.map((node) => {
    const id = str(node.properties.id) ?? node.elementId;
    idOf.set(node.elementId, id);
    return {
      id,
      type: str(node.properties.type) ?? node.labels.find((l) => l !== "Actor") ?? node.labels[0] ?? "Node",
      name: str(node.properties.name) ?? str(node.properties.title) ?? id,
      ...given(node.properties, "country", str),
      ...given(node.properties, "lat", num),
      ...given(node.properties, "lon", num),
      ...given(node.properties, "sources", strings),
    };
  });
  const outEdges: GraphEdgeDto[] = edges.map((edge) => ({
    id: str(edge.properties.id) ?? edge.elementId,
    type: edge.type,
    source: idOf.get(edge.startElementId)!,
    target: idOf.get(edge.endElementId)!,
    year: num(edge.properties.year),
    reportedYear: num(edge.properties.reportedYear),
    sources: Array.isArray(edge.properties.sources) ? (edge.properties.sources as string[]) : [],
  }));
  return { nodes: outNodes, edges: outEdges };
}

export function fromGraphqlResult(data: unknown): SubgraphDto {
  const nodes = new Map<string, GraphNodeDto>();
  const edges = new Map<string, GraphEdgeDto>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== "object") return;
    const o = value as Record<string, unknown>;
    const id = str(o.id);
    if (id && str(o.source) && str(o.target) && str(o.type)) {
      edges.set(id, {
        id,
        type: o.type as string,
        source: o.source as string,
        target: o.target as string,
        year: num(o.year),
        reportedYear: num(o.reportedYear),
      });
    } else if (id && str(o.name) && str(o.type)) {
      nodes.set(id, {
        id,
        name: o.name as string,
        type: o.type as string,
        ...given(o, "country", str),
        ...given(o, "lat", num),
        ...given(o, "lon", num),
      });
    }
    Object.values(o).forEach(visit);
  };
  visit(data);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
