import { useExplorer } from "../core/store.ts";
import { DRAW_ALL_MAX } from "../core/store/overviewPaging.ts";
import { usePassage } from "../core/passage/index.ts";
import { useRevealed } from "../core/reveal/index.ts";
import { SearchBox } from "./SearchBox.tsx";
import { ProjectionPicker } from "./topology/ProjectionPicker.tsx";

export function Toolbar({
  shownNodes,
  shownEdges,
  consoleOpen,
  onToggleConsole,
  onExport,
}: {
  shownNodes: number;
  shownEdges: number;
  consoleOpen: boolean;
  onToggleConsole: () => void;
  onExport: () => void;
}) {
  const graph = useExplorer((s) => s.graph);
  const history = useExplorer((s) => s.history);
  const subset = useExplorer((s) => s.subset);
  const path = useExplorer((s) => s.path);
  const layout = useExplorer((s) => s.layout);
  const pending = useExplorer((s) => s.pending);
  const overview = useExplorer((s) => s.overview);
  const projection = useExplorer((s) => s.projection);
  const { undo, redo, showAll, clearPath, setLayout, select, toggleSelected, expand, drawAll } = useExplorer.getState();
  // A chosen actor is drawn even where the filters hide it (revealed after expand, which may
  // change the focus and so clear what was revealed before). Chosen with shift, it joins the
  // actors selected, once the graph holds it.
  const showActor = (id: string, add = false) => {
    const { reveal } = useRevealed.getState();
    if (graph.hasNode(id)) {
      reveal(id);
      if (add) toggleSelected(id);
      else select(id);
    } else void expand(id, 1).then(() => reveal(id));
  };
  return (
    <header className="toolbar">
      <h1>Solidarity Atlas</h1>
      <SearchBox
        label="Search actors"
        placeholder="Search actors and aliases…"
        testId="search"
        onChoose={(hit, { add }) => showActor(hit.id, add)}
        onChooseEvidence={(hit) => {
          showActor(hit.from.id);
          usePassage.getState().show(hit);
        }}
      />
      {overview ? (
        <p className="summary" data-testid="overview-summary" aria-live="polite">
          Overview of {overview.actors.toLocaleString("en")} actors and {overview.relationships.toLocaleString("en")}{" "}
          collaborations: groups by type and country; select one to load its actors
          {overview.actors <= DRAW_ALL_MAX && (
            <button type="button" onClick={() => void drawAll()} data-testid="draw-all">
              Draw all
            </button>
          )}
        </p>
      ) : (
        <p className="summary" data-testid="summary" aria-live="polite">
          {shownNodes} of {graph.order} actors · {shownEdges} of {graph.size} {projection ? "links" : "collaborations"}
        </p>
      )}
      <div role="group" aria-label="History" className="group">
        <button
          type="button"
          onClick={undo}
          disabled={history.past.length === 0}
          data-testid="undo"
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={history.future.length === 0}
          data-testid="redo"
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        {subset && (
          <button type="button" onClick={showAll} data-testid="show-all">
            Show all
          </button>
        )}
        {path && (
          <button type="button" onClick={clearPath} data-testid="clear-path">
            Clear path
          </button>
        )}
      </div>
      <div role="group" aria-label="Layout" className="group">
        <button
          type="button"
          aria-pressed={layout === "force"}
          onClick={() => setLayout("force")}
          data-testid="layout-force"
        >
          Network
        </button>
        <button type="button" aria-pressed={layout === "geo"} onClick={() => setLayout("geo")} data-testid="layout-geo">
          Map
        </button>
      </div>
      <ProjectionPicker />
      {pending.length > 0 && (
        <p className="busy" role="status" data-testid="busy">
          <span className="spinner" aria-hidden="true" /> {pending[0]}…
        </p>
      )}
      <nav className="group">
        <button type="button" onClick={onExport} data-testid="export">
          Export
        </button>
        <button type="button" aria-pressed={consoleOpen} onClick={onToggleConsole} data-testid="toggle-consoles">
          Query consoles
        </button>
      </nav>
    </header>
  );
}
