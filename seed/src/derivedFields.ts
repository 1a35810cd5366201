/**
 * Fields the dataset build derives rather than reads (docs/data-model.md, "Derived
 * properties"): a relationship's reportedYear from its sources, an actor's country inherited
 * from the one place it is tied to. Derived values are marked so nobody mistakes them for a
 * quote's statement: countrySource says "inherited", reportedYear is never a record field.
 */
import type { Actor, Dataset, Relationship, SourceRecord } from "@atlas/model";

/** Relationship types that tie an actor (from) to the place it sits or serves in (to). */
export const PLACE_TIES: ReadonlySet<string> = new Set(["LOCATED_IN", "MAYOR_OF", "WORKS_FOR"]);
/** Plans and proposals are no tie to a place yet. */
const HEDGES_WITHOUT_TIE: ReadonlySet<string> = new Set(["planned", "proposed"]);

export interface ReportedYear {
  year: number;
  /** The source's yearNote, when the only sources of that year give it as approximate. */
  note?: string;
}

/**
 * The year of the earliest source that states the relationship. Among sources of that year, one
 * with an exact year wins; otherwise the first one's note comes along.
 */
export function getReportedYear(
  relationship: Pick<Relationship, "sources">,
  sourcesById: ReadonlyMap<string, SourceRecord>,
): ReportedYear | undefined {
  let best: SourceRecord | undefined;
  for (const id of relationship.sources) {
    const source = sourcesById.get(id);
    if (source?.year === undefined) continue;
    const better =
      !best || source.year < best.year! || (source.year === best.year && best.yearNote && !source.yearNote);
    if (better) best = source;
  }
  if (!best) return undefined;
  return { year: best.year!, ...(best.yearNote && { note: best.yearNote }) };
}

/**
 * Actor id → the country it inherits: actors without a country whose place ties (from them,
 * stated as fact or former) lead to exactly one place, a place being an actor with a stated
 * country. Inherited countries are not passed on (no chains), so the result does not depend
 * on the order of the records.
 */
export function getInheritedCountries(
  actors: readonly Actor[],
  relationships: readonly Relationship[],
): Map<string, { country: string; place: string }> {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const places = new Map<string, Set<string>>();
  for (const rel of relationships) {
    if (!PLACE_TIES.has(rel.type) || (rel.status && HEDGES_WITHOUT_TIE.has(rel.status))) continue;
    if (byId.get(rel.from)?.country !== undefined || byId.get(rel.to)?.country === undefined) continue;
    let found = places.get(rel.from);
    if (!found) places.set(rel.from, (found = new Set()));
    found.add(rel.to);
  }
  const inherited = new Map<string, { country: string; place: string }>();
  for (const [id, tied] of places) {
    if (tied.size !== 1) continue;
    const [place] = tied;
    inherited.set(id, { country: byId.get(place!)!.country!, place: place! });
  }
  return inherited;
}

/** Writes the derived fields onto a freshly built dataset's actors and relationships. */
export function assignDerivedFields(dataset: Dataset): void {
  const sourcesById = new Map(dataset.sources.map((source) => [source.id, source]));
  for (const rel of dataset.relationships) {
    const reported = getReportedYear(rel, sourcesById);
    if (!reported) continue;
    rel.reportedYear = reported.year;
    if (reported.note) rel.reportedYearNote = reported.note;
  }
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  for (const [id, { country }] of getInheritedCountries(dataset.actors, dataset.relationships)) {
    const actor = actors.get(id)!;
    actor.country = country;
    actor.countrySource = "inherited";
  }
}
