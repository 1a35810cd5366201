/**
 * The console's bounds beyond Neo4j's own (time, memory): the defaults that server/src/config.ts
 * offers as settings, and that a caller passing only a timeout and a row cap gets.
 */
import type { ConsoleBounds } from "@atlas/model";

export const DEFAULT_CONSOLE_BOUNDS: ConsoleBounds = {
  maxRangeElements: 100_000,
  maxReduceItems: 10_000,
  maxExpressionBytes: 1_000_000,
  maxResultBytes: 10_000_000,
};
