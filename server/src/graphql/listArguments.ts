/**
 * Range checks for the paging arguments (limit, first, offset, maxActors) of every field, with
 * variables applied, before any Cypher runs: a negative limit otherwise reached Neo4j and came
 * back as its own error text, and a huge one asked for more than the type allows.
 */
import type { GraphQLField } from "graphql";
import { MAX_LIMIT_ARGUMENT, MAX_OFFSET_ARGUMENT, type ListLimit } from "./listLimits.ts";

/** What is wrong with field's paging arguments, or undefined when they are in range. */
export function findPagingProblem(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  listed: string | undefined,
  listLimits: Map<string, ListLimit | undefined>,
): string | undefined {
  const maxLimit = (listed && listLimits.get(listed)?.max) || MAX_LIMIT_ARGUMENT;
  for (const [name, max] of [
    ["limit", maxLimit],
    ["first", maxLimit],
    ["offset", MAX_OFFSET_ARGUMENT],
    // graph's size cap: a count of actors, so never below zero (GraphQL's Int bounds it above).
    ["maxActors", 2_147_483_647],
  ] as const) {
    const value = args[name];
    if (typeof value !== "number") continue;
    if (value < 0 || value > max)
      return `${field.name}(${name}: ${value}): ${name} must be between 0 and ${max.toLocaleString("en")}`;
  }
  return undefined;
}
