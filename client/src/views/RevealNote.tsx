/** Says so when the selected actor is drawn only because search revealed it. */
import { useRevealed } from "../core/reveal/index.ts";
import { getHidingReasons } from "../core/reveal/utils.ts";
import { useExplorer } from "../core/store.ts";

export function RevealNote({ id }: { id: string }) {
  const revealed = useRevealed((s) => s.ids.has(id));
  const graph = useExplorer((s) => s.graph);
  const filters = useExplorer((s) => s.filters);
  const subset = useExplorer((s) => s.subset);
  if (!revealed) return null;
  const reasons = getHidingReasons(graph, id, filters, subset);
  if (reasons.length === 0) return null;
  return (
    <p className="note reveal-note" role="status" data-testid="reveal-note">
      Shown although {reasons.join(" and ")}.
    </p>
  );
}
