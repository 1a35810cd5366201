"""Independent readers for the export tests: networkx and igraph from Debian's packages.

Usage: read_graph.py FORMAT PATH  (FORMAT: graphml-networkx, graphml-igraph, gexf-networkx)
Prints JSON: node and edge counts, and the attributes of every node and edge.
"""
import json
import sys

import networkx
from networkx.readwrite import gexf


def from_networkx(graph):
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "node_attributes": {str(n): dict(d) for n, d in graph.nodes(data=True)},
        "edge_attributes": {str(d.get("id", k)): dict(d) for _, _, k, d in graph.edges(keys=True, data=True)},
    }


def main():
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "graphml-networkx":
        result = from_networkx(networkx.read_graphml(path, force_multigraph=True))
    elif kind == "gexf-networkx":
        # networkx 2.8 knows GEXF 1.1 and 1.2; 1.3 keeps the same node, edge and attribute
        # elements under a new namespace, which is all this reader needs (networkx 3 does the same).
        gexf.GEXF.versions["1.3"] = {
            "NS_GEXF": "http://gexf.net/1.3",
            "NS_VIZ": "http://gexf.net/1.3/viz",
            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
            "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            "VERSION": "1.3",
        }
        graph = networkx.read_gexf(path, version="1.3")
        result = from_networkx(networkx.MultiDiGraph(graph))
    elif kind == "graphml-igraph":
        import igraph

        graph = igraph.Graph.Read_GraphML(path)
        result = {
            "nodes": graph.vcount(),
            "edges": graph.ecount(),
            # igraph stores a missing double as NaN, which JSON cannot hold.
            "node_attributes": {v["id"]: {k: (None if v[k] != v[k] else v[k]) for k in graph.vs.attributes()} for v in graph.vs},
            "edge_attributes": {},
            "directed": graph.is_directed(),
        }
    else:
        raise SystemExit(f"read_graph.py: unknown format {kind}")
    json.dump(result, sys.stdout, ensure_ascii=False, default=str)


main()
