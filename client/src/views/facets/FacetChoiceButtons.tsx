/**
 * A facet value's "only" and "all but" buttons (one click instead of unticking every other
 * value), and the country facet's label that says how many of its actors inherited the country.
 */
import { useMemo } from "react";
import { countInheritedCountries } from "../../core/facets/inheritedCountries.ts";
import { useExplorer } from "../../core/store.ts";
import "./facets.css";

export function FacetChoiceButtons({
  facet,
  value,
  onOnly,
  onAllBut,
}: {
  facet: string;
  value: string;
  onOnly: () => void;
  onAllBut: () => void;
}) {
  return (
    <span className="facet-choice">
      <button type="button" onClick={onOnly} aria-label={`Only ${value}`} data-testid={`only-${facet}-${value}`}>
        only
      </button>
      <button
        type="button"
        onClick={onAllBut}
        aria-label={`All but ${value}`}
        data-testid={`all-but-${facet}-${value}`}
      >
        all but
      </button>
    </span>
  );
}

/** "DE", or "DE (3 inherited)" when some of its actors took the country from their one place. */
export function useCountryLabel(): (code: string) => string {
  const graph = useExplorer((s) => s.graph);
  const version = useExplorer((s) => s.graphVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version stands for the graph's content, which mutates in place.
  const inherited = useMemo(() => countInheritedCountries(graph), [graph, version]);
  return (code) => {
    const count = inherited.get(code);
    return count ? `${code} (${count} inherited)` : code;
  };
}
