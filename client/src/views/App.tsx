import { useCallback, useEffect, useMemo, useState } from "react";
import type Sigma from "sigma";
import { fetchWholeGraph } from "../api/subgraph.ts";
import { toGraph, type AtlasGraph } from "../core/buildGraph.ts";
import { GraphView } from "./GraphView.tsx";
import { Legend } from "./Legend.tsx";

type LoadState = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; graph: AtlasGraph };

declare global {
  interface Window {
    /** Read by the browser tests to assert on the graph state. */
    __atlas?: { graph: AtlasGraph; sigma: Sigma };
  }
}

export function App() {
  const [state, setState] = useState<LoadState>({ status: "loading" });
  const load = useCallback(() => {
    setState({ status: "loading" });
    fetchWholeGraph()
      .then((subgraph) => setState({ status: "ready", graph: toGraph(subgraph) }))
      .catch((error: Error) => setState({ status: "error", message: error.message }));
  }, []);
  useEffect(load, [load]);

  const graph = state.status === "ready" ? state.graph : undefined;
  const counts = useMemo(() => {
    const byType: Record<string, number> = {};
    graph?.forEachNode((_n, a) => (byType[a.actorType as string] = (byType[a.actorType as string] ?? 0) + 1));
    return byType;
  }, [graph]);
  const onReady = useCallback(
    (sigma: Sigma) => {
      if (graph) window.__atlas = { graph, sigma };
    },
    [graph],
  );

  return (
    <div className="app">
      <header>
        <h1>Solidarity Atlas</h1>
        {graph && (
          <p className="summary" data-testid="summary">
            {graph.order} actors · {graph.size} collaborations
          </p>
        )}
        <nav>
          <a href="/graphiql">GraphQL console</a>
        </nav>
      </header>
      <main>
        {state.status === "loading" && (
          <p className="status" role="status">
            Loading the network…
          </p>
        )}
        {state.status === "error" && (
          <div className="status error" role="alert">
            <p>Could not load the network: {state.message}</p>
            <button type="button" onClick={load}>
              Retry
            </button>
          </div>
        )}
        {graph && <GraphView graph={graph} onReady={onReady} />}
        {graph && <Legend counts={counts} />}
      </main>
    </div>
  );
}
