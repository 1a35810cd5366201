import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { getDrawnIds } from "../core/drawnIds.ts";
import { isGroupNode } from "../core/overviewGroups.ts";
import { useExplorer } from "../core/store.ts";
import { NO_UP_CLOSE } from "../core/upClose/upCloseParams.ts";
import { fromSearchParams, toSearchParams } from "../core/urlState.ts";
import { useVisibility } from "../core/useVisibility.ts";
import { useRevealed } from "../core/reveal/index.ts";
import { AnalysisBar } from "./analysis/AnalysisBar.tsx";
import { AnalysisController } from "./analysis/AnalysisController.tsx";
import { AppearanceLegend } from "./analysis/AppearanceLegend.tsx";
import { DataTable } from "./analysis/DataTable.tsx";
import { DetailsPanel } from "./DetailsPanel.tsx";
import { ExportDialog } from "./ExportDialog.tsx";
import { PassageDialog } from "./PassageDialog.tsx";
import { FiltersPanel } from "./FiltersPanel.tsx";
import { GroupPanel } from "./GroupPanel.tsx";
import { GraphView } from "./GraphView.tsx";
import { UnmappedPanel } from "./map/UnmappedPanel.tsx";
import { PathPanel } from "./path/PathPanel.tsx";
import { Toolbar } from "./Toolbar.tsx";
import { SelectionTools } from "./topology/SelectionTools.tsx";

const ConsolePanel = lazy(() => import("./ConsolePanel.tsx"));

/** Keeps the URL in step with the shareable state, without adding browser history entries. */
function useUrlSync() {
  useEffect(() => {
    const write = () => {
      const s = useExplorer.getState();
      if (s.status !== "ready") return;
      // Overview groups are not actors: the URL names the pages opened instead.
      const isActor = (id: string) => s.graph.hasNode(id) && !isGroupNode(s.graph, id);
      const search = toSearchParams({
        subset: s.subset ? [...s.subset].filter(isActor).sort() : null,
        filters: s.filters,
        selected: s.selected && isActor(s.selected) ? s.selected : null,
        path: s.path ? [s.path.from, s.path.to] : null,
        pathVia: s.path?.via ?? null,
        layout: s.layout,
        camera: s.camera,
        groups: s.overview && s.openedGroups.length > 0 ? s.openedGroups : null,
        overviewAbove: s.overviewAbove,
        // The console's link is not explorer state: kept as the page has it.
        console: fromSearchParams(window.location.search).console,
        revealed: [...useRevealed.getState().ids].filter(isActor).sort(),
        topology: s.topology,
        alsoSelected: s.alsoSelected.filter(isActor),
        projection: s.projection,
        sizeBy: s.sizeBy,
        colourBy: s.colourBy,
        table: s.tableOpen,
        upClose: { pins: s.pins, labelDensity: s.labelDensity },
      });
      const url = `${window.location.pathname}${search ? `?${search}` : ""}`;
      if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, "", url);
    };
    const stopExplorer = useExplorer.subscribe(write);
    const stopRevealed = useRevealed.subscribe(write);
    return () => {
      stopExplorer();
      stopRevealed();
    };
  }, []);
}

function useShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== "z") return;
      if ((e.target as HTMLElement).tagName === "INPUT") return;
      e.preventDefault();
      if (e.shiftKey) useExplorer.getState().redo();
      else useExplorer.getState().undo();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

export function App() {
  const status = useExplorer((s) => s.status);
  const error = useExplorer((s) => s.error);
  const selected = useExplorer((s) => s.selected);
  const graph = useExplorer((s) => s.graph);
  const overview = useExplorer((s) => s.overview);
  const notice = useExplorer((s) => s.notice);
  const { visibility, counts, unmapped } = useVisibility();
  const path = useExplorer((s) => s.path);
  const drawn = useMemo(() => getDrawnIds(graph, visibility), [graph, visibility]);
  const tableOpen = useExplorer((s) => s.tableOpen);
  const [consoleOpen, setConsoleOpen] = useState(() => fromSearchParams(window.location.search).console != null);
  const [exportOpen, setExportOpen] = useState(false);
  useUrlSync();
  useShortcuts();
  useEffect(() => {
    const shared = fromSearchParams(window.location.search);
    useExplorer.getState().restoreAnalysis(shared);
    useExplorer.getState().restoreUpClose(shared.upClose ?? NO_UP_CLOSE, shared.camera !== null);
    // Revealed after the load: loading sets the filters, which clears what was revealed.
    void useExplorer
      .getState()
      .load(shared)
      .then(() => shared.revealed?.forEach((id) => useRevealed.getState().reveal(id)));
  }, []);

  return (
    <div className="app">
      <Toolbar
        shownNodes={visibility.nodes.size}
        shownEdges={visibility.edges.size}
        consoleOpen={consoleOpen}
        onToggleConsole={() => setConsoleOpen((open) => !open)}
        onExport={() => setExportOpen((open) => !open)}
      />
      {exportOpen && status === "ready" && (
        <ExportDialog visibility={visibility} onClose={() => setExportOpen(false)} />
      )}
      <PassageDialog />
      <main>
        {status === "loading" && (
          <p className="status" role="status" data-testid="loading">
            <span className="spinner" aria-hidden="true" /> Loading{" "}
            {overview
              ? `${overview.actors.toLocaleString("en")} actors and ${overview.relationships.toLocaleString("en")} collaborations`
              : "the network"}
            …
          </p>
        )}
        {status === "error" && (
          <div className="status error" role="alert" data-testid="load-error">
            <p>Could not load the network: {error}</p>
            <p>The database may be restarting. </p>
            <button
              type="button"
              onClick={() => void useExplorer.getState().load(fromSearchParams(window.location.search))}
            >
              Retry
            </button>
          </div>
        )}
        {status === "ready" && (
          <>
            <FiltersPanel counts={counts} />
            <div className="center">
              {/* The legend belongs to the graph: it stays above the consoles, never over them. */}
              <AnalysisController ids={drawn.ids} edges={drawn.edges} />
              <AnalysisBar />
              <div className="graph-stack">
                <GraphView visibility={visibility} />
                <SelectionTools />
                <AppearanceLegend counts={counts.types} />
                <UnmappedPanel ids={unmapped} />
              </div>
              {tableOpen && <DataTable ids={drawn.ids} onClose={() => useExplorer.getState().setTableOpen(false)} />}
              {consoleOpen && (
                <Suspense fallback={<p role="status">Loading the consoles…</p>}>
                  <ConsolePanel onClose={() => setConsoleOpen(false)} />
                </Suspense>
              )}
            </div>
            {path && <PathPanel key={`${path.from}|${path.to}`} from={path.from} to={path.to} />}
            {selected &&
              (isGroupNode(graph, selected) ? (
                <GroupPanel key={selected} id={selected} />
              ) : (
                <DetailsPanel key={selected} id={selected} />
              ))}
          </>
        )}
        {notice && (
          <div className="notice" role="alert" data-testid="notice">
            {notice}
            <button type="button" onClick={() => useExplorer.getState().dismissNotice()} aria-label="Dismiss">
              ×
            </button>
          </div>
        )}
      </main>
    </div>
  );
}
