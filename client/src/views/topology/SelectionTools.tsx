/**
 * Over the graph: the actors selected together (shift- or ctrl-click) with the questions they
 * allow ("Common neighbours"), and the answer with its evidence.
 */
import { useExplorer } from "../../core/store.ts";
import { COMMON_NEIGHBOURS_MAX, COMMON_NEIGHBOURS_MIN } from "../../core/store/commonNeighbours.ts";
import { getSelection } from "../../core/store/topology.ts";
import { CommonNeighboursAnswer } from "./CommonNeighboursAnswer.tsx";
import "./topology.css";

export function SelectionTools() {
  const graph = useExplorer((s) => s.graph);
  const selection = useExplorer((s) => getSelection(s).join(","));
  const answer = useExplorer((s) => s.commonNeighbours);
  const { findCommonNeighbours, select } = useExplorer.getState();
  const ids = selection ? selection.split(",") : [];
  const nameOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  return (
    <div className="selection-tools">
      {ids.length >= COMMON_NEIGHBOURS_MIN && (
        <div className="selection-bar" role="group" aria-label="Selected actors" data-testid="selection-bar">
          <span>
            {ids.length} selected: {ids.map(nameOf).join(", ")}
          </span>
          <button
            type="button"
            onClick={() => void findCommonNeighbours()}
            disabled={ids.length > COMMON_NEIGHBOURS_MAX}
            title="The actors tied to every one of the selected actors"
            data-testid="common-neighbours"
          >
            Common neighbours
          </button>
          <button type="button" onClick={() => select(null)} data-testid="clear-selection">
            Clear selection
          </button>
        </div>
      )}
      {answer && <CommonNeighboursAnswer answer={answer} nameOf={nameOf} />}
    </div>
  );
}
