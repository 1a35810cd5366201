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

/**
 * Links counted per pair of actors, in the order each pair first appears: graphology iterates its
 * edges and neighbours in insertion order, which Louvain's result depends on. Each link then
 * enters graphology once, with its final weight.
 */
class PairCounts {
  readonly sources: string[] = [];
  readonly targets: string[] = [];
  readonly weights: number[] = [];
  private readonly bySource = new Map<string, Map<string, number>>();

  /** `eitherWay`: b -> a counts on the link a -> b (an undirected graph). */
  constructor(private readonly eitherWay: boolean) {}

  add(source: string, target: string): void {
    const at =
      this.bySource.get(source)?.get(target) ?? (this.eitherWay ? this.bySource.get(target)?.get(source) : undefined);
    if (at !== undefined) {
      this.weights[at]! += 1;
      return;
    }
    let targets = this.bySource.get(source);
    if (!targets) this.bySource.set(source, (targets = new Map()));
    targets.set(target, this.weights.length);
    this.sources.push(source);
    this.targets.push(target);
    this.weights.push(1);
  }

  toGraph(type: "directed" | "undirected", nodes: Set<string>): SimpleGraph {
    const graph: SimpleGraph = new Graph({ type, multi: false, allowSelfLoops: false });
    for (const node of nodes) graph.addNode(node);
    const { sources, targets, weights } = this;
    for (let i = 0; i < weights.length; i++) graph.addEdge(sources[i]!, targets[i]!, { weight: weights[i]! });
    return graph;
  }
}

export function toSimpleGraphs(
  nodes: Iterable<string>,
  links: Iterable<RelationshipLink>,
  isDirected: (type: string) => boolean,
): SimpleGraphs {
  const known = new Set(nodes);
  const directed = new PairCounts(false);
  const undirected = new PairCounts(true);
  for (const { source, target, type } of links) {
    for (const end of [source, target])
      if (!known.has(end))
        throw new Error(
          `toSimpleGraphs: a ${type} relationship ${source} -> ${target} joins an unknown actor "${end}"`,
        );
    if (source === target) continue;
    undirected.add(source, target);
    directed.add(source, target);
    if (!isDirected(type)) directed.add(target, source);
  }
  return { directed: directed.toGraph("directed", known), undirected: undirected.toGraph("undirected", known) };
}
