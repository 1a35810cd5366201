/**
 * The explorer's first request, sent by the page's entry before the rest of the app is fetched
 * and parsed, so the server's work and the browser's overlap; the first load takes its answer.
 */
import { type ExplorerStart, fetchExplorerStart } from "./graphQueries.ts";

let early: { maxActors: number; answer: Promise<ExplorerStart> } | undefined;

export function sendExplorerStart(maxActors: number): void {
  const answer = fetchExplorerStart(maxActors);
  // A failure belongs to the load that takes the answer, not to an unhandled rejection.
  answer.catch(() => undefined);
  early = { maxActors, answer };
}

/** The answer sent early when it was asked with the same threshold (once), else a new request. */
export function takeExplorerStart(maxActors: number): Promise<ExplorerStart> {
  const taken = early;
  early = undefined;
  return taken?.maxActors === maxActors ? taken.answer : fetchExplorerStart(maxActors);
}
