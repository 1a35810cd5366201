/** The Cypher console: editor, worked examples, history, results table, and the graph sent to the explorer. */
import { useEffect, useState } from "react";
import { CypherError, fetchExamples, runCypher, type CypherExample, type CypherResult } from "../api/cypher.ts";
import { fromCypherGraph } from "../core/resultToSubgraph.ts";
import { useExplorer } from "../core/store.ts";
import { CypherEditor, type LiveSchema } from "./CypherEditor.tsx";

const HISTORY_KEY = "atlas.cypher.history";
const DEFAULT_QUERY = "MATCH (city:City)-[r:MEMBER_OF]->(network:CityNetwork)\nRETURN city, r, network\nLIMIT 50";

function readHistory(): string[] {
  try {
    return JSON.parse(localStorage.getItem(HISTORY_KEY) ?? "[]") as string[];
  } catch {
    return [];
  }
}

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  const o = value as Record<string, any>;
  if (o.labels && o.properties) return `(${o.properties.name ?? o.properties.id ?? o.elementId}:${o.labels.join(":")})`;
  if (o.type && o.startElementId) return `[:${o.type}]`;
  if (o.segments) return `path of ${o.segments.length}`;
  return JSON.stringify(value);
}

export function CypherConsole() {
  const [query, setQuery] = useState(DEFAULT_QUERY);
  const [result, setResult] = useState<CypherResult | null>(null);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [running, setRunning] = useState(false);
  const [examples, setExamples] = useState<CypherExample[]>([]);
  const [history, setHistory] = useState<string[]>(readHistory);
  const [schema, setSchema] = useState<LiveSchema>({ labels: [], relationshipTypes: [], propertyKeys: [] });
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => {
    void fetchExamples().then(setExamples);
    void runCypher(
      "CALL db.labels() YIELD label WITH collect(label) AS labels CALL db.relationshipTypes() YIELD relationshipType WITH labels, collect(relationshipType) AS types CALL db.propertyKeys() YIELD propertyKey RETURN labels, types, collect(propertyKey) AS keys",
    ).then((r) => {
      const [labels, relationshipTypes, propertyKeys] = r.rows[0] as [string[], string[], string[]];
      setSchema({ labels, relationshipTypes, propertyKeys });
    });
  }, []);

  const run = async (text = query) => {
    setRunning(true);
    setError(null);
    setShown(null);
    try {
      const answer = await runCypher(text);
      setResult(answer);
      const next = [text, ...history.filter((h) => h !== text)].slice(0, 20);
      setHistory(next);
      localStorage.setItem(HISTORY_KEY, JSON.stringify(next));
      if (answer.graph.nodes.length > 0) {
        setShown(
          useExplorer.getState().showSubgraph(fromCypherGraph(answer.graph.nodes, answer.graph.edges), "Cypher result"),
        );
      }
    } catch (e) {
      setResult(null);
      setError(
        e instanceof CypherError
          ? { code: e.code, message: e.message }
          : { code: "ERROR", message: (e as Error).message },
      );
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="console cypher-console" data-testid="cypher-console">
      <div className="console-side">
        <label>
          Worked examples
          <select
            data-testid="cypher-examples"
            value=""
            onChange={(e) => {
              const example = examples.find((x) => x.id === e.target.value);
              if (example) setQuery(example.query);
            }}
          >
            <option value="">Choose a question…</option>
            {examples.map((example) => (
              <option key={example.id} value={example.id} title={example.question}>
                {example.title}
              </option>
            ))}
          </select>
        </label>
        {examples.find((x) => x.query === query) && (
          <p className="example-question">{examples.find((x) => x.query === query)!.question}</p>
        )}
        <label>
          History
          <select data-testid="cypher-history" value="" onChange={(e) => e.target.value && setQuery(e.target.value)}>
            <option value="">{history.length} earlier queries</option>
            {history.map((h) => (
              <option key={h} value={h}>
                {h.replace(/\s+/g, " ").slice(0, 80)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="console-main">
        <CypherEditor value={query} onChange={setQuery} onRun={() => void run()} schema={schema} />
        <div className="console-actions">
          <button type="button" onClick={() => void run()} disabled={running} data-testid="cypher-run">
            {running ? "Running…" : "Run (Ctrl+Enter)"}
          </button>
          {result && (
            <span className="console-summary" data-testid="cypher-summary">
              {result.summary.rows} rows{result.summary.truncated ? ` (cut at ${result.summary.maxRows})` : ""} ·{" "}
              {result.summary.elapsedMs} ms
              {shown !== null ? ` · ${shown} actors shown in the explorer` : ""}
            </span>
          )}
        </div>
        {error && (
          <p className="console-error" role="alert" data-testid="cypher-error">
            <strong>{error.code}</strong> {error.message}
          </p>
        )}
        {result && (
          <div className="result-table" data-testid="cypher-result">
            <table>
              <thead>
                <tr>
                  {result.columns.map((c) => (
                    <th key={c}>{c}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.slice(0, 500).map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <td key={j}>{formatCell(cell)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {result.rows.length > 500 && <p>Showing 500 of {result.rows.length} rows.</p>}
          </div>
        )}
      </div>
    </div>
  );
}
