/**
 * The timeline's years. A relationship counts from the year it started, else from the year a
 * document first reported it (`reportedYear`, derived for every relationship in the database):
 * most relationships state no start, and without the reported year a year range hid them all.
 */
import type { EdgeAttributes } from "../atlasGraph.ts";

/** The year the timeline places a relationship at; null for links without either year. */
export function getTimelineYear(attributes: Pick<EdgeAttributes, "year" | "reportedYear">): number | null {
  return attributes.year ?? attributes.reportedYear ?? null;
}
