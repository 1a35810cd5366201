/**
 * The path panel's actions on the store: its answer's actors and relationships join the graph
 * (the next-longer paths may pass through actors not loaded yet), and choosing one path draws
 * that path alone, as one undo step. A chosen path is kept (and shared in the URL) as the actors
 * between its ends; the answer turns them back into relationships.
 */
import type { ActorPathDto, PathSetDto } from "../../api/pathQueries.ts";
import { useExplorer } from "../store.ts";
import { mergeAndPlace, step } from "../store/exploration.ts";
import type { PathResult } from "../store/types.ts";

const toPathResult = (from: string, to: string, chosen: ActorPathDto): PathResult => ({
  from,
  to,
  nodes: chosen.nodes,
  edges: chosen.steps.map((s) => s.relationship),
  via: chosen.nodes.slice(1, -1),
});

/** Merges the answer into the graph; a path named by the URL (`via`) is drawn alone, as no new step. */
export function mergePathSet(answer: PathSetDto): void {
  mergeAndPlace(useExplorer.setState, useExplorer.getState, answer);
  const { path, subset } = useExplorer.getState();
  if (!path?.via) return;
  const named = answer.paths.find((p) => p.nodes.slice(1, -1).join() === path.via!.join());
  if (!named) return;
  useExplorer.setState({
    path: toPathResult(path.from, path.to, named),
    subset: subset ? new Set([...subset, ...named.nodes]) : null,
  });
}

export function choosePath(chosen: ActorPathDto): void {
  const { path, subset } = useExplorer.getState();
  if (!path) return;
  step(useExplorer.setState, {
    path: toPathResult(path.from, path.to, chosen),
    subset: subset ? new Set([...subset, ...chosen.nodes]) : null,
  });
}

/** The path of the answer drawn now (its relationships joined by commas); the first when none is. */
export function findChosenPath(answer: PathSetDto, drawnEdges: string): ActorPathDto | null {
  const drawn = answer.paths.find((p) => p.steps.map((s) => s.relationship).join() === drawnEdges);
  return drawn ?? answer.paths[0] ?? null;
}
