/**
 * The path panel: the steps of a shortest path between two actors, each with its relationship
 * (label, type, direction), year, status and quotes; the other equally short paths and the
 * next-longer ones to choose from; the path exported as a figure and data, or its steps as CSV.
 */
import { useEffect, useMemo, useState } from "react";
import { fetchShortestPaths, type PathSetDto } from "../../api/pathQueries.ts";
import { choosePath, findChosenPath, mergePathSet } from "../../core/path/choosePath.ts";
import { getPathSteps, toPathStepsCsv } from "../../core/path/pathSteps.ts";
import { useExplorer } from "../../core/store.ts";
import { downloadText } from "../downloadText.ts";
import { ExportDialog } from "../ExportDialog.tsx";
import { PathChoices } from "./PathChoices.tsx";
import { PathSteps } from "./PathSteps.tsx";
import "./path.css";

export function PathPanel({ from, to }: { from: string; to: string }) {
  const [answer, setAnswer] = useState<PathSetDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    let current = true;
    fetchShortestPaths(from, to)
      .then((found) => {
        if (!current) return;
        if (!found) return setError("one of the two actors does not exist");
        mergePathSet(found);
        setAnswer(found);
      })
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [from, to]);

  // The path drawn decides which one is listed, so that Undo and Redo bring the list along.
  const drawnEdges = useExplorer((s) => s.path?.edges.join());
  const chosen = useMemo(() => (answer ? findChosenPath(answer, drawnEdges ?? "") : null), [answer, drawnEdges]);
  const steps = useMemo(() => (answer && chosen ? getPathSteps(answer, chosen) : []), [answer, chosen]);
  const close = () => useExplorer.getState().clearPath();

  if (error) {
    return (
      <aside className="path-panel" role="alert">
        Could not load the paths: {error}
      </aside>
    );
  }
  if (!answer) {
    return (
      <aside className="path-panel" aria-busy="true">
        <p role="status">Loading the paths…</p>
      </aside>
    );
  }
  const names = new Map(answer.nodes.map((n) => [n.id, n.name]));
  const title = `${names.get(from) ?? from} → ${names.get(to) ?? to}`;
  const shortest = answer.paths[0]?.length ?? 0;
  return (
    <aside className="path-panel" data-testid="path-panel" aria-label={`Path ${title}`}>
      <header>
        <h2>Path {title}</h2>
        <button type="button" className="close" onClick={close} aria-label="Close the path">
          ×
        </button>
      </header>
      {chosen ? (
        <>
          <p className="note" data-testid="path-length">
            {chosen.length} {chosen.length === 1 ? "step" : "steps"}
            {chosen.length === shortest ? " (shortest)" : ""}
          </p>
          <PathSteps steps={steps} />
          <div className="actions" role="group" aria-label="Export the path">
            <button type="button" onClick={() => setExporting(true)} data-testid="export-path">
              Export this path…
            </button>
            <button
              type="button"
              data-testid="path-csv"
              onClick={() => downloadText(toPathStepsCsv(steps), `path-${from}-${to}.csv`, "text/csv")}
            >
              Steps as CSV
            </button>
          </div>
          <PathChoices
            title="Equally short"
            paths={answer.paths.filter((p) => p.length === shortest)}
            names={names}
            chosen={chosen}
            testId="equal-path"
            onChoose={choosePath}
          />
          <PathChoices
            title="One step longer"
            paths={answer.paths.filter((p) => p.length > shortest)}
            names={names}
            chosen={chosen}
            testId="longer-path"
            onChoose={choosePath}
          />
        </>
      ) : (
        <p className="note">No chain of collaborations of up to 6 steps joins these two actors.</p>
      )}
      {exporting && chosen && (
        <ExportDialog
          visibility={{ nodes: new Set(chosen.nodes), edges: new Set(chosen.steps.map((s) => s.relationship)) }}
          onClose={() => setExporting(false)}
        />
      )}
    </aside>
  );
}
