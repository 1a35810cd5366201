/**
 * The console's part of the page URL (see core/urlState.ts): read once when the page opens, and
 * written when a visitor asks for a link, keeping the explorer's own parameters as they are.
 */
import { fromSearchParams, toSearchParams, type ConsoleLink } from "../core/urlState.ts";

export function readConsoleLink(): ConsoleLink | null {
  return fromSearchParams(window.location.search).console ?? null;
}

/** Puts the link in the address bar (no new history entry) and returns the full URL to share. */
export function writeConsoleLink(link: ConsoleLink | null): string {
  const search = toSearchParams({ ...fromSearchParams(window.location.search), console: link });
  const url = `${window.location.pathname}${search ? `?${search}` : ""}`;
  window.history.replaceState(null, "", url);
  return `${window.location.origin}${url}`;
}
