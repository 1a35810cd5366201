/**
 * GraphiQL from our own bundle, with example operations; an answer with actors goes to the explorer.
 * A link fills in its operation and variables; the visitor runs it.
 */
import { createGraphiQLFetcher, type Fetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/graphiql.css";
import { useMemo, useRef, useState } from "react";
import { fromGraphqlResult } from "../core/resultToSubgraph.ts";
import { useExplorer } from "../core/store.ts";
import type { ConsoleLink } from "../core/urlState.ts";
import { writeConsoleLink } from "./consoleUrl.ts";
import { ShareUrl } from "./ShareUrl.tsx";

const EXAMPLES = [
  {
    query: `# Full-text search over names and aliases\nquery Search {\n  search(text: "thessa") { id name type country }\n}\n`,
  },
  {
    query: `# Everyone within one step of Thessaloniki, with the evidence\nquery Neighbourhood {\n  neighbourhood(id: "thessaloniki", depth: 1) {\n    nodes { id name type }\n    edges { id type source target year evidence { source quote } }\n  }\n}\n`,
  },
  {
    query: `# The shortest chains from Bremen to UNHCR\nquery ShortestPath {\n  shortestPath(from: "bremen", to: "unhcr") {\n    nodes { id name type }\n    edges { id type source target }\n  }\n}\n`,
  },
  {
    query: `# Filtered subgraph: German cities and the networks they belong to\nquery GermanCities {\n  actors(where: { type: { eq: "City" }, country: { eq: "DE" } }, sort: [{ name: ASC }]) {\n    id name type country\n    memberOf { id name type }\n  }\n}\n`,
  },
];

export function GraphqlConsole({ link }: { link: ConsoleLink | null }) {
  const last = useRef<unknown>(null);
  const [shown, setShown] = useState<string | null>(null);
  const edited = useRef({ query: link?.query ?? EXAMPLES[0]!.query, variables: link?.params ?? "" });
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const fromLink = link?.query ? { query: link.query, variables: link.params ?? undefined } : {};
  const fetcher = useMemo<Fetcher>(() => {
    // Plain JSON answers (no multipart streaming), so the last one can be read back.
    const base = createGraphiQLFetcher({ url: "/graphql", enableIncrementalDelivery: false });
    return async (params, options) => {
      const result = await base(params, options);
      if (params.operationName !== "IntrospectionQuery") last.current = result;
      return result;
    };
  }, []);
  return (
    <div className="console graphql-console" data-testid="graphql-console">
      <div className="console-actions">
        <button
          type="button"
          data-testid="graphql-to-explorer"
          onClick={() => {
            const data = (last.current as { data?: unknown } | null)?.data;
            const subgraph = fromGraphqlResult(data);
            const count = useExplorer.getState().showSubgraph(subgraph, "GraphQL result");
            setShown(count ? `${count} actors shown in the explorer` : "No actors in the last result");
          }}
        >
          Show the last result in the explorer
        </button>
        <button
          type="button"
          data-testid="graphql-share"
          onClick={() => {
            const { query, variables } = edited.current;
            const params = variables.trim() === "" ? null : variables;
            setShareUrl(writeConsoleLink({ kind: "graphql", query, params, example: null }));
          }}
        >
          Link to this query
        </button>
        {shown && <span className="console-summary">{shown}</span>}
        {shareUrl && <ShareUrl url={shareUrl} testId="graphql-share-url" />}
      </div>
      <div className="graphiql-host">
        <GraphiQL
          fetcher={fetcher}
          defaultTabs={link?.query ? [{ query: link.query, variables: link.params ?? undefined }] : EXAMPLES}
          {...fromLink}
          isHeadersEditorEnabled={false}
          onEditQuery={(query) => (edited.current.query = query)}
          onEditVariables={(variables) => (edited.current.variables = variables)}
        />
      </div>
    </div>
  );
}
