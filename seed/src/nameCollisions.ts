import { normaliseName, type Actor, type DatasetIssue } from "@atlas/model";
import type { Located } from "./readDataset.ts";

/** Two different ids whose names or aliases normalise to the same string are one actor twice. */
export function checkNameCollisions(
  actors: Actor[],
  firstSeen: Map<string, Located<unknown>>,
  issues: DatasetIssue[],
): void {
  const owner = new Map<string, string>();
  for (const actor of actors) {
    for (const label of [actor.name, ...actor.aliases]) {
      const key = normaliseName(label);
      if (key === "") continue;
      const other = owner.get(key);
      if (other && other !== actor.id) {
        const at = firstSeen.get(actor.id)!;
        issues.push({
          file: at.file,
          line: at.line,
          record: actor.id,
          reason: `name or alias "${label}" also belongs to "${other}": merge them or tell them apart`,
        });
      } else {
        owner.set(key, actor.id);
      }
    }
  }
}
