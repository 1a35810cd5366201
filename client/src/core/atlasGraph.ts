/**
 * The client's one graph: a graphology instance holding every actor and collaboration fetched so
 * far, keyed by actor id and relationship id. Views never copy it; filters and the current
 * subset decide what sigma shows (through reducers). The overview's group nodes are added to this
 * same graph by overviewGroups.ts.
 */
import Graph from "graphology";
import type { GraphEdgeDto, GraphNodeDto, SubgraphDto } from "../api/types.ts";
import { actorTypeColour, nodeSize } from "@atlas/model";

/** A node of the overview that stands for many actors (those of one type and country). */
export interface GroupInfo {
  type: string;
  country: string | null;
  actors: number;
  /** How many of its actors the graph holds as nodes of their own. */
  shown: number;
}

export interface NodeAttributes {
  label: string;
  /** Set on overview group nodes only. */
  group?: GroupInfo;
  actorType: string;
  subtype: string | null;
  country: string | null;
  /** "inherited" when the country is that of the one place the actor is tied to. */
  countrySource: string | null;
  lat: number | null;
  lon: number | null;
  role: string | null;
  sources: string[];
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  relType: string;
  /** Overview links only: the collaborations between the two groups. */
  count?: number;
  /** Projection links only: how many intermediaries the two actors share, and their ids. */
  weight?: number;
  via?: string[];
  /** Sigma's edge program where not the default: projection links have no direction. */
  type?: "line";
  year: number | null;
  until: number | null;
  /** The year its earliest document reported it; absent on links the client makes and on console answers without it. */
  reportedYear?: number | null;
  status: string | null;
  office: string | null;
  purpose: string | null;
  sources: string[];
  size: number;
  color: string;
}

export type AtlasGraph = Graph<NodeAttributes, EdgeAttributes>;

export const EDGE_COLOUR = "#c4c4c4";

/**
 * Hedged relationships look apart from stated ones: sigma 3's default edge program draws no
 * dashes, so plans and proposals take a light violet and former ties a pale sand colour.
 */
export const HEDGED_EDGE_COLOURS: Readonly<Record<string, string>> = {
  planned: "#b79ad6",
  proposed: "#b79ad6",
  former: "#dccaa8",
};

export function edgeColour(status: string | null): string {
  return (status && HEDGED_EDGE_COLOURS[status]) || EDGE_COLOUR;
}

export function createAtlasGraph(): AtlasGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: "directed", allowSelfLoops: false });
}

/** Deterministic start position for a new node: a circle by id, so the same data lays out the same. */
export function getInitialPosition(id: string, index: number, count: number): { x: number; y: number } {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  const angle = (2 * Math.PI * index) / Math.max(count, 1) + (hash % 100) / 1000;
  const radius = 100 + (Math.abs(hash) % 20);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

function toNodeAttributes(node: GraphNodeDto): Omit<NodeAttributes, "x" | "y" | "size"> {
  return {
    label: node.name,
    actorType: node.type,
    subtype: node.subtype ?? null,
    country: node.country ?? null,
    countrySource: node.countrySource ?? null,
    lat: node.lat ?? null,
    lon: node.lon ?? null,
    role: node.role ?? null,
    sources: node.sources ?? [],
    color: actorTypeColour(node.type),
  };
}

/** Fields a record may leave out, such as a console answer that asked only for `id name type`. */
const OPTIONAL_NODE_FIELDS: ReadonlyArray<keyof GraphNodeDto> = [
  "subtype",
  "country",
  "countrySource",
  "lat",
  "lon",
  "role",
  "sources",
];

/** The attributes a record gives: a field it leaves out keeps what the graph knows; a null clears it. */
function toGivenNodeAttributes(node: GraphNodeDto): Partial<NodeAttributes> {
  return Object.fromEntries(
    Object.entries(toNodeAttributes(node)).filter(
      ([key]) => key in node || !OPTIONAL_NODE_FIELDS.includes(key as keyof GraphNodeDto),
    ),
  );
}

function toEdgeAttributes(edge: GraphEdgeDto): EdgeAttributes {
  return {
    relType: edge.type,
    year: edge.year ?? null,
    until: edge.until ?? null,
    reportedYear: edge.reportedYear ?? null,
    status: edge.status ?? null,
    office: edge.office ?? null,
    purpose: edge.purpose ?? null,
    sources: edge.sources ?? [],
    size: 1,
    color: edgeColour(edge.status ?? null),
  };
}

/**
 * Adds what the graph lacks from a subgraph (new nodes start next to a neighbour already placed)
 * and returns the ids of the nodes that were new.
 */
export function mergeSubgraph(graph: AtlasGraph, subgraph: SubgraphDto): string[] {
  const added: string[] = [];
  const sorted = [...subgraph.nodes].sort((a, b) => a.id.localeCompare(b.id));
  sorted.forEach((node, index) => {
    if (graph.hasNode(node.id)) {
      graph.mergeNodeAttributes(node.id, toGivenNodeAttributes(node));
      return;
    }
    graph.addNode(node.id, {
      ...toNodeAttributes(node),
      ...getInitialPosition(node.id, index, sorted.length),
      size: 3,
    });
    added.push(node.id);
  });
  for (const edge of subgraph.edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, toEdgeAttributes(edge));
  }
  for (const id of added) {
    const placed = graph.neighbors(id).find((n) => !added.includes(n));
    if (placed && graph.order > subgraph.nodes.length) {
      const anchor = graph.getNodeAttributes(placed);
      const offset = getInitialPosition(id, 0, 1);
      graph.mergeNodeAttributes(id, { x: anchor.x + offset.x / 20, y: anchor.y + offset.y / 20 });
    }
  }
  assignSizes(graph);
  return added;
}

/**
 * Node size grows with the square root of the degree, so hubs stand out without swamping; a
 * group's size grows with the logarithm of its actors, as groups range from 1 to 100,000.
 */
export function assignSizes(graph: AtlasGraph): void {
  graph.forEachNode((node, attributes) =>
    graph.setNodeAttribute(
      node,
      "size",
      attributes.group
        ? 4 + 5 * Math.log10(1 + attributes.group.actors - attributes.group.shown)
        : nodeSize(graph.degree(node)),
    ),
  );
}
