/**
 * Above this many actors the explorer starts from the overview (groups by type and country):
 * fetching and drawing 10,000 actors with 50,000 collaborations whole takes about 10 s here
 * (BENCHMARKS.md, scale), the overview under a second. A module of its own, free of
 * dependencies: the page's entry reads it before the rest of the app has loaded (main.tsx).
 */
export const OVERVIEW_ABOVE = 5_000;

/** A URL's own threshold (`overviewAbove`, a positive integer), else null. */
export function readOverviewAbove(params: URLSearchParams): number | null {
  const value = Number(params.get("overviewAbove"));
  return Number.isInteger(value) && value > 0 ? value : null;
}
