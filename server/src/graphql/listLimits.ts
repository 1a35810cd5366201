/**
 * The list sizes the cost analysis and the argument checks work from: each node type's
 * @limit(default, max), read once from the type definitions, so the numbers live in one place.
 */
import { Kind, parse, type ConstDirectiveNode } from "graphql";

export interface ListLimit {
  /** Items a list of this type holds when the query sets no limit. */
  default: number;
  /** The largest limit a query may ask for. */
  max: number;
}

/** A limit or first argument on a list that is not a node type with @limit (search, group pages). */
export const MAX_LIMIT_ARGUMENT = 10_000;
/** Largest offset: deeper pages than the largest graph we load make no sense. */
export const MAX_OFFSET_ARGUMENT = 1_000_000;
/** What a list of nodes of a type without @limit (Source) counts for: it is read whole. */
export const UNLIMITED_NODE_LIST = 1000;

/** @limit of every @node type; a @node type without @limit maps to undefined. */
export function readListLimits(typeDefs: readonly string[]): Map<string, ListLimit | undefined> {
  const limits = new Map<string, ListLimit | undefined>();
  for (const definition of typeDefs.flatMap((source) => parse(source).definitions)) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const directives = definition.directives ?? [];
    if (!directives.some((d) => d.name.value === "node")) continue;
    const limit = directives.find((d) => d.name.value === "limit");
    limits.set(
      definition.name.value,
      limit && { default: intArgument(limit, "default"), max: intArgument(limit, "max") },
    );
  }
  return limits;
}

function intArgument(directive: ConstDirectiveNode, name: string): number {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  if (value?.kind !== Kind.INT) throw new Error(`listLimits: @limit needs an integer ${name}`);
  return Number(value.value);
}
