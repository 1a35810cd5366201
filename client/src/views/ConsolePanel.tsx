import { useState } from "react";
import { readConsoleLink, writeConsoleLink } from "./consoleUrl.ts";
import { CypherConsole } from "./CypherConsole.tsx";
import { GraphqlConsole } from "./GraphqlConsole.tsx";

/** The two query consoles under the graph, so results land in the view above them. */
export default function ConsolePanel({ onClose }: { onClose: () => void }) {
  // A link opens its console once, on the page it was opened with.
  const [link] = useState(readConsoleLink);
  const [tab, setTab] = useState<"cypher" | "graphql">(link?.kind ?? "cypher");
  return (
    <section className="console-panel" aria-label="Query consoles" data-testid="console-panel">
      <div className="console-tabs">
        <div role="tablist" aria-label="Query language">
          <button
            type="button"
            role="tab"
            aria-selected={tab === "cypher"}
            onClick={() => setTab("cypher")}
            data-testid="tab-cypher"
          >
            Cypher
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === "graphql"}
            onClick={() => setTab("graphql")}
            data-testid="tab-graphql"
          >
            GraphQL
          </button>
        </div>
        <button
          type="button"
          className="close"
          // A closed console leaves the address: a reload should not reopen it on an old link.
          onClick={() => {
            writeConsoleLink(null);
            onClose();
          }}
          aria-label="Close the consoles"
        >
          ×
        </button>
      </div>
      {tab === "cypher" ? (
        <CypherConsole link={link?.kind === "cypher" ? link : null} />
      ) : (
        <GraphqlConsole link={link?.kind === "graphql" ? link : null} />
      )}
    </section>
  );
}
