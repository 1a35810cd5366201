/**
 * The path panel's actions on the store: its answer's actors and relationships join the graph
 * (the next-longer paths may pass through actors not loaded yet), and choosing one path draws
 * that path alone, as one undo step.
 */
import type { ActorPathDto, PathSetDto } from "../../api/pathQueries.ts";
import { useExplorer } from "../store.ts";
import { mergeAndPlace, step } from "../store/exploration.ts";

export function mergePathSet(answer: PathSetDto): void {
  mergeAndPlace(useExplorer.setState, useExplorer.getState, answer);
}

export function choosePath(chosen: ActorPathDto): void {
  const { path, subset } = useExplorer.getState();
  if (!path) return;
  const edges = chosen.steps.map((s) => s.relationship);
  step(useExplorer.setState, {
    path: { from: path.from, to: path.to, nodes: chosen.nodes, edges },
    subset: subset ? new Set([...subset, ...chosen.nodes]) : null,
  });
}

/** The path of the answer drawn now (its relationships joined by commas); the first when none is. */
export function findChosenPath(answer: PathSetDto, drawnEdges: string): ActorPathDto | null {
  const drawn = answer.paths.find((p) => p.steps.map((s) => s.relationship).join() === drawnEdges);
  return drawn ?? answer.paths[0] ?? null;
}
