/**
 * The simple graphs that every metric reads: parallel relationships between two actors merge
 * into one link whose `weight` is their number. Types whose direction means nothing count in
 * both directions on the directed graph. Self-loops are dropped: an actor is not its own
 * neighbour, and networkx would count them twice in a degree.
 */
import Graph from "graphology";

export interface LinkAttributes {
  weight: number;
}

export type SimpleGraph = Graph<Record<string, never>, LinkAttributes>;

export interface SimpleGraphs {
  directed: SimpleGraph;
  undirected: SimpleGraph;
}

/** A relationship as the caller holds it: its type decides whether its direction counts. */
export interface RelationshipLink {
  source: string;
  target: string;
  type: string;
}

const addLink = (graph: SimpleGraph, source: string, target: string) =>
  graph.updateEdge(source, target, (a) => ({ weight: (a.weight ?? 0) + 1 }));

export function toSimpleGraphs(
  nodes: Iterable<string>,
  links: Iterable<RelationshipLink>,
  isDirected: (type: string) => boolean,
): SimpleGraphs {
  const directed: SimpleGraph = new Graph({ type: "directed", multi: false, allowSelfLoops: false });
  const undirected: SimpleGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const node of nodes) {
    directed.mergeNode(node);
    undirected.mergeNode(node);
  }
  for (const { source, target, type } of links) {
    for (const end of [source, target])
      if (!directed.hasNode(end))
        throw new Error(
          `toSimpleGraphs: a ${type} relationship ${source} -> ${target} joins an unknown actor "${end}"`,
        );
    if (source === target) continue;
    addLink(undirected, source, target);
    addLink(directed, source, target);
    if (!isDirected(type)) addLink(directed, target, source);
  }
  return { directed, undirected };
}
