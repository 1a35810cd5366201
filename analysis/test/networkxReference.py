"""Test driver: networkx's values for a graph and the metric records computeMetrics returned.

Reads {"nodes", "links": [[source, target, type]], "undirectedTypes", "records", "communities"}
as JSON on stdin and prints {"values": {metric: {node: value}}, "modularity": {"networkx", "ours"}}.
It uses reproduce.py's own functions, so the tests check what an export's reader will run.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))
from reproduce import modularity_of, networkx_metrics, simple_graphs  # noqa: E402

task = json.load(sys.stdin)
directed, undirected = simple_graphs(task["nodes"], task["links"], set(task["undirectedTypes"]))
computed = networkx_metrics(directed, undirected, task["records"])
result = {"values": {k: v for k, v in computed.items() if k != "community"}}
if "community" in computed:
    groups = {}
    for node, label in task["communities"].items():
        groups.setdefault(label, set()).add(node)
    resolution = next(r for r in task["records"] if r["metric"] == "community")["parameters"]["resolution"]
    result["modularity"] = {"networkx": computed["community"], "ours": modularity_of(undirected, groups.values(), resolution)}
json.dump(result, sys.stdout)
