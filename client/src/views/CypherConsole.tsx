/**
 * The Cypher console: editor and $params, worked examples, saved queries and history, a sortable
 * results table with downloads, Neo4j's plan on request, a link that reopens the console on the
 * query, and the result's graph drawn and framed in the explorer. A query opened from a link
 * waits for the visitor's Run: a link must not make a browser run queries unasked.
 */
import { useEffect, useRef, useState } from "react";
import { CypherError, explainCypher, fetchExamples, runCypher, type CypherExample } from "../api/cypher.ts";
import type { ConsolePlan, ConsoleResult } from "@atlas/model";
import { findErrorPosition } from "../core/errorPosition.ts";
import { parseQueryParams } from "../core/queryParams.ts";
import { fromCypherGraph } from "../core/resultToSubgraph.ts";
import { readHistory, readSaved, recordRun } from "../core/savedQueries.ts";
import { useExplorer } from "../core/store.ts";
import type { ConsoleLink } from "../core/urlState.ts";
import { writeConsoleLink } from "./consoleUrl.ts";
import { CypherEditor, type LiveSchema } from "./CypherEditor.tsx";
import { requestFrame } from "./frameResult.ts";
import { PlanView } from "./PlanView.tsx";
import { QueryLibrary } from "./QueryLibrary.tsx";
import { ResultTable } from "./ResultTable.tsx";
import { ShareUrl } from "./ShareUrl.tsx";

const DEFAULT_QUERY = "MATCH (city:City)-[r:MEMBER_OF]->(network:CityNetwork)\nRETURN city, r, network\nLIMIT 50";
const SCHEMA_QUERY =
  "CALL db.labels() YIELD label WITH collect(label) AS labels CALL db.relationshipTypes() YIELD relationshipType WITH labels, collect(relationshipType) AS types CALL db.propertyKeys() YIELD propertyKey RETURN labels, types, collect(propertyKey) AS keys";

type Problem = { code: string; message: string };

export function CypherConsole({ link }: { link: ConsoleLink | null }) {
  const [query, setQuery] = useState(link?.query ?? DEFAULT_QUERY);
  const [paramsText, setParamsText] = useState(link?.params ?? "");
  const [fromLink, setFromLink] = useState(link !== null);
  const [result, setResult] = useState<ConsoleResult | null>(null);
  const [plan, setPlan] = useState<ConsolePlan | null>(null);
  const [error, setError] = useState<Problem | null>(null);
  const [running, setRunning] = useState(false);
  const [examples, setExamples] = useState<CypherExample[]>([]);
  const [history, setHistory] = useState(() => readHistory(localStorage));
  const [saved, setSaved] = useState(() => readSaved(localStorage));
  const [schema, setSchema] = useState<LiveSchema>({ labels: [], relationshipTypes: [], propertyKeys: [] });
  const [shown, setShown] = useState<number | null>(null);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  // The server runs one console query per visitor at a time: a Run waits for the schema look-up.
  const schemaLoad = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    void fetchExamples().then((loaded) => {
      setExamples(loaded);
      const example = loaded.find((x) => x.id === link?.example);
      if (example && link?.query === null) setQuery(example.query);
    });
    schemaLoad.current = runCypher(SCHEMA_QUERY).then((r) => {
      const [labels, relationshipTypes, propertyKeys] = r.rows[0] as [string[], string[], string[]];
      setSchema({ labels, relationshipTypes, propertyKeys });
    });
  }, [link]);

  /** Checks $params first, so a typo there is explained before anything is sent. */
  const send = async (action: (params: Record<string, unknown>) => Promise<void>) => {
    const parsed = parseQueryParams(paramsText);
    setError(null);
    setFromLink(false);
    if (!parsed.ok) return setError({ code: "BAD_PARAMETERS", message: parsed.message });
    setRunning(true);
    try {
      await schemaLoad.current.catch(() => undefined);
      await action(parsed.params);
    } catch (e) {
      setError(e instanceof CypherError ? { code: e.code, message: e.message } : { code: "ERROR", message: String(e) });
    } finally {
      setRunning(false);
    }
  };

  const run = () =>
    send(async (params) => {
      setShown(null);
      setPlan(null);
      setResult(null);
      const answer = await runCypher(query, params);
      setResult(answer);
      setHistory(recordRun(localStorage, query));
      if (answer.graph.nodes.length > 0) {
        const subgraph = fromCypherGraph(answer.graph.nodes, answer.graph.edges);
        setShown(useExplorer.getState().showSubgraph(subgraph, "Cypher result"));
        requestFrame(subgraph.nodes.map((n) => n.id));
      }
    });

  const explain = () =>
    send(async (params) => {
      setPlan(null);
      setPlan(await explainCypher(query, params));
    });

  const share = () => {
    const example = examples.find((x) => x.query === query);
    const asExample = example !== undefined && paramsText.trim() === "";
    setShareUrl(
      writeConsoleLink({
        kind: "cypher",
        query: asExample ? null : query,
        params: asExample || paramsText.trim() === "" ? null : paramsText,
        example: asExample ? example.id : null,
      }),
    );
  };

  const open = (text: string, params: string) => {
    setQuery(text);
    setParamsText(params);
    setShareUrl(null);
  };

  return (
    <div className="console cypher-console" data-testid="cypher-console">
      <QueryLibrary
        examples={examples}
        saved={saved}
        history={history}
        current={{ query, params: paramsText }}
        onSavedChange={setSaved}
        onOpen={open}
      />
      <div className="console-main">
        {fromLink && (
          <p className="link-notice" role="status" data-testid="cypher-link-notice">
            Opened from a link: read the query, then press Run.
          </p>
        )}
        <CypherEditor
          value={query}
          onChange={setQuery}
          onRun={() => void run()}
          schema={schema}
          errorAt={error ? findErrorPosition(error.message) : null}
        />
        <details className="params-panel" open={paramsText.trim() !== ""}>
          <summary>Parameters ($params as JSON)</summary>
          <textarea
            aria-label="Query parameters as JSON"
            data-testid="cypher-params"
            rows={3}
            spellCheck={false}
            placeholder='{"name": "Athens"}'
            value={paramsText}
            onChange={(e) => setParamsText(e.target.value)}
          />
        </details>
        <div className="console-actions">
          <button type="button" onClick={() => void run()} disabled={running} data-testid="cypher-run">
            {running ? "Running…" : "Run (Ctrl+Enter)"}
          </button>
          <button type="button" onClick={() => void explain()} disabled={running} data-testid="cypher-explain">
            Explain
          </button>
          <button type="button" onClick={share} data-testid="cypher-share">
            Link to this query
          </button>
          {result && (
            <span className="console-summary" data-testid="cypher-summary">
              {result.summary.rows} rows{result.summary.truncated ? ` (cut at ${result.summary.maxRows})` : ""} ·{" "}
              {result.summary.elapsedMs} ms
              {shown !== null ? ` · ${shown} actors shown in the explorer` : ""}
            </span>
          )}
        </div>
        {shareUrl && <ShareUrl url={shareUrl} testId="cypher-share-url" />}
        {error && (
          <p className="console-error" role="alert" data-testid="cypher-error">
            <strong>{error.code}</strong> {error.message}
          </p>
        )}
        {plan && <PlanView explained={plan} />}
        {result && <ResultTable result={result} />}
      </div>
    </div>
  );
}
