/** A list of paths to choose from, each read as its actors' names; the one shown is pressed. */
import type { ActorPathDto } from "../../api/pathQueries.ts";

export function PathChoices({
  title,
  paths,
  names,
  chosen,
  testId,
  onChoose,
}: {
  title: string;
  paths: readonly ActorPathDto[];
  names: ReadonlyMap<string, string>;
  chosen: ActorPathDto;
  testId: string;
  onChoose: (path: ActorPathDto) => void;
}) {
  if (paths.length === 0) return null;
  return (
    <section className="path-choices">
      <h3>
        {title} ({paths.length})
      </h3>
      <ul>
        {paths.map((path) => (
          <li key={path.steps.map((s) => s.relationship).join()}>
            <button
              type="button"
              className="link"
              aria-pressed={path === chosen}
              data-testid={testId}
              onClick={() => onChoose(path)}
            >
              {path.nodes.map((id) => names.get(id) ?? id).join(" → ")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
