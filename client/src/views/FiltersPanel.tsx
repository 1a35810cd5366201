/**
 * Filters by actor type, country, relationship type and status, document and year; each shows its
 * counts, and each value can be chosen alone ("only") or left out ("all but").
 */
import { ACTUAL_STATUS, NO_COUNTRY, type FacetCounts, type Filters } from "../core/filters.ts";
import { actorTypeColour } from "@atlas/model";
import { edgeColour } from "../core/atlasGraph.ts";
import { relationshipLabel } from "../core/relationshipLabels.ts";
import { useExplorer } from "../core/store.ts";
import { chooseAllBut, chooseOnly, chooseToggled } from "../core/facets/facetChoice.ts";
import { FacetChoiceButtons, useCountryLabel } from "./facets/FacetChoiceButtons.tsx";
import { TopologyFilters } from "./topology/TopologyFilters.tsx";
import { GrowthTimeline } from "./timeline/GrowthTimeline.tsx";

type ListFilter = "types" | "relTypes" | "statuses" | "sources" | "countries";

function FacetList({
  name,
  legend,
  facet,
  counts,
  labelOf,
}: {
  name: ListFilter;
  legend: string;
  facet: Map<string, [number, number]>;
  counts: string[] | null;
  labelOf?: (value: string) => React.ReactNode;
}) {
  const setFilters = useExplorer((s) => s.setFilters);
  const values = [...facet.keys()].sort((a, b) => facet.get(b)![1] - facet.get(a)![1] || a.localeCompare(b));
  const choose = (allowed: string[] | null) => setFilters({ [name]: allowed } as Partial<Filters>);
  return (
    <fieldset className="facet" data-testid={`filter-${name}`}>
      <legend>{legend}</legend>
      <ul>
        {values.map((value) => {
          const [shown, total] = facet.get(value)!;
          return (
            <li key={value}>
              <label>
                <input
                  type="checkbox"
                  value={value}
                  checked={counts === null || counts.includes(value)}
                  onChange={(e) => choose(chooseToggled(values, counts, value, e.target.checked))}
                />
                <span className="label-text">{labelOf ? labelOf(value) : value}</span>
                <span className="count">
                  {shown}/{total}
                </span>
              </label>
              <FacetChoiceButtons
                facet={name}
                value={value}
                onOnly={() => choose(chooseOnly(values, value))}
                onAllBut={() => choose(chooseAllBut(values, value))}
              />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export function FiltersPanel({ counts }: { counts: FacetCounts }) {
  const filters = useExplorer((s) => s.filters);
  const sources = useExplorer((s) => s.sources);
  const { setFilters, resetFilters } = useExplorer.getState();
  const countryLabel = useCountryLabel();
  const years = counts.years;
  const range = filters.years ?? (years ? [years.min, years.max] : null);
  return (
    <section className="filters" aria-label="Filters">
      <div className="filters-head">
        <h2>Filters</h2>
        <button type="button" onClick={resetFilters} data-testid="reset-filters">
          Reset
        </button>
      </div>
      <TopologyFilters />
      <FacetList
        name="types"
        legend="Actor type"
        facet={counts.types}
        counts={filters.types}
        labelOf={(type) => (
          <>
            <span className="swatch" style={{ background: actorTypeColour(type) }} aria-hidden="true" />
            {type}
          </>
        )}
      />
      <FacetList
        name="relTypes"
        legend="Relationship"
        facet={counts.relTypes}
        counts={filters.relTypes}
        labelOf={(type) => relationshipLabel(type, "out")}
      />
      <FacetList
        name="statuses"
        legend="Status (hedged relationships drawn in their own colour)"
        facet={counts.statuses}
        counts={filters.statuses}
        labelOf={(status) => (
          <>
            <span
              className="swatch"
              style={{ background: edgeColour(status === ACTUAL_STATUS ? null : status) }}
              aria-hidden="true"
            />
            {status}
          </>
        )}
      />
      <FacetList
        name="sources"
        legend="Source document"
        facet={counts.sources}
        counts={filters.sources}
        labelOf={(id) => <span title={id}>{sources.find((s) => s.id === id)?.title ?? id}</span>}
      />
      {years && range && (
        <fieldset className="facet years" data-testid="filter-years">
          <legend>
            Years {range[0]}–{range[1]}
          </legend>
          <label>
            From
            <input
              type="range"
              min={years.min}
              max={years.max}
              value={range[0]}
              data-testid="year-from"
              onChange={(e) => setFilters({ years: [Math.min(Number(e.target.value), range[1]), range[1]] })}
            />
          </label>
          <label>
            To
            <input
              type="range"
              min={years.min}
              max={years.max}
              value={range[1]}
              data-testid="year-to"
              onChange={(e) => setFilters({ years: [range[0], Math.max(Number(e.target.value), range[0])] })}
            />
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={filters.includeUndated}
              data-testid="include-undated"
              onChange={(e) => setFilters({ includeUndated: e.target.checked })}
            />
            Keep relationships without a year
          </label>
          {filters.years && (
            <button type="button" onClick={() => setFilters({ years: null })}>
              All years
            </button>
          )}
          <GrowthTimeline bounds={years} />
        </fieldset>
      )}
      <FacetList
        name="countries"
        legend="Country"
        facet={counts.countries}
        counts={filters.countries}
        labelOf={(code) => (code === NO_COUNTRY ? "No country" : countryLabel(code))}
      />
    </section>
  );
}
