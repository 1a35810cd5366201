#!/usr/bin/env python3
"""Recompute the network metrics of a Solidarity Atlas export with networkx and compare.

Run it in the unzipped export folder:  python3 reproduce.py   (networkx 2.8 or later)

It reloads graph.graphml, rebuilds the simple graphs that manifest.json's "metrics" describes
(parallel relationships merged into one link weighted by their number; the listed undirected
types count both ways on the directed graph), recomputes each metric with the recorded
parameters and prints the largest difference from the exported values. For communities it
compares the modularity of the exported partition with that of networkx's own Louvain.
Exit status 0 when every difference is below 1e-4 and ours reaches 95% of networkx's modularity.
"""
import json
import sys

import networkx as nx
from networkx.algorithms.centrality.betweenness import _accumulate_basic, _rescale, _single_source_shortest_path_basic

TOLERANCE = 1e-4
MODULARITY_SHARE = 0.95


def simple_graphs(nodes, links, undirected_types):
    """The directed and undirected simple graphs, with the number of relationships as "weight"."""
    directed, undirected = nx.DiGraph(), nx.Graph()
    directed.add_nodes_from(nodes)
    undirected.add_nodes_from(nodes)

    def add(graph, source, target):
        weight = graph.edges[source, target]["weight"] + 1 if graph.has_edge(source, target) else 1
        graph.add_edge(source, target, weight=weight)

    for source, target, kind in links:
        if source == target:
            continue
        add(undirected, source, target)
        add(directed, source, target)
        if kind in undirected_types:
            add(directed, target, source)
    return directed, undirected


def sampled_betweenness(graph, pivots):
    """Brandes from the recorded pivots, scaled as nx.betweenness_centrality(graph, k=len(pivots))."""
    betweenness = dict.fromkeys(graph, 0.0)
    for source in pivots:
        order, predecessors, sigma, _ = _single_source_shortest_path_basic(graph, source)
        betweenness, _ = _accumulate_basic(betweenness, order, predecessors, sigma, source)
    return _rescale(betweenness, len(graph), normalized=True, directed=graph.is_directed(), k=len(pivots))


def modularity_of(graph, communities, resolution):
    if graph.number_of_edges() == 0:
        return 0.0
    return nx.community.modularity(graph, communities, weight="weight", resolution=resolution)


def networkx_metrics(directed, undirected, records):
    """Each recorded metric as networkx computes it; for communities, the modularity it reaches."""
    result = {}
    for record in records:
        metric, p = record["metric"], record["parameters"]
        if metric == "degree":
            result[metric] = dict(undirected.degree())
        elif metric == "inDegree":
            result[metric] = dict(directed.in_degree())
        elif metric == "outDegree":
            result[metric] = dict(directed.out_degree())
        elif metric == "weightedDegree":
            result[metric] = dict(undirected.degree(weight="weight"))
        elif metric == "pagerank":
            result[metric] = nx.pagerank(directed, alpha=p["alpha"], weight="weight", tol=p["tol"], max_iter=p["maxIterations"])
        elif metric == "betweenness":
            exact = "pivots" not in p
            result[metric] = nx.betweenness_centrality(undirected) if exact else sampled_betweenness(undirected, p["pivots"])
        elif metric == "closeness":
            result[metric] = nx.closeness_centrality(undirected, wf_improved=True)
        elif metric == "coreNumber":
            result[metric] = nx.core_number(undirected)
        elif metric == "community":
            found = nx.community.louvain_communities(undirected, weight="weight", resolution=p["resolution"], seed=p["seed"])
            result[metric] = modularity_of(undirected, found, p["resolution"])
        else:
            raise ValueError(f"reproduce.py: unknown metric {metric!r} in manifest.json")
    return result


def compare(ours, directed, undirected, records):
    """One report line per metric, and whether all of them agree."""
    theirs = networkx_metrics(directed, undirected, records)
    lines, agree = [], True
    for record in records:
        metric = record["metric"]
        if metric == "community":
            groups = {}
            for node, label in ours[metric].items():
                groups.setdefault(label, set()).add(node)
            mine = modularity_of(undirected, groups.values(), record["parameters"]["resolution"])
            good = mine >= MODULARITY_SHARE * theirs[metric] - 1e-12
            lines.append(f"community: modularity {mine:.6f}, networkx's Louvain {theirs[metric]:.6f}")
        else:
            difference = max((abs(ours[metric][node] - theirs[metric][node]) for node in undirected), default=0.0)
            good = difference < TOLERANCE
            lines.append(f"{metric}: largest difference {difference:.2e}")
        agree = agree and good
    return lines, agree


def main():
    with open("manifest.json", encoding="utf-8") as file:
        spec = json.load(file)["metrics"]
    graph = nx.read_graphml("graph.graphml", force_multigraph=True)
    links = [(source, target, data["type"]) for source, target, data in graph.edges(data=True)]
    directed, undirected = simple_graphs(graph.nodes, links, set(spec["undirectedTypes"]))
    records = spec["algorithms"]
    ours = {r["metric"]: {node: graph.nodes[node][r["metric"]] for node in graph.nodes} for r in records}
    lines, agree = compare(ours, directed, undirected, records)
    print("\n".join(lines))
    print("agreement: yes" if agree else "agreement: NO")
    sys.exit(0 if agree else 1)


if __name__ == "__main__":
    main()
