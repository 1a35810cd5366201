/**
 * Checks of the analysis questions' arguments against the model's allow-lists, before any Cypher
 * runs: each failure names the field, the argument and what is allowed.
 */
import { ACTOR_TYPES, RELATIONSHIP_TYPE_NAMES, type ActorType, type RelationshipType } from "@atlas/model";
import { AnalysisError } from "./AnalysisError.ts";

export function toActorType(value: string, where: string): ActorType {
  if ((ACTOR_TYPES as readonly string[]).includes(value)) return value as ActorType;
  throw new AnalysisError(`${where}: unknown actor type "${value}"; allowed: ${ACTOR_TYPES.join(", ")}`);
}

export function toActorTypes(values: readonly string[], where: string): ActorType[] {
  if (values.length === 0) throw new AnalysisError(`${where}: name at least one actor type`);
  return [...new Set(values.map((value) => toActorType(value, where)))];
}

/** null or undefined: every type. An empty list would match nothing, so it is refused. */
export function toRelationshipTypes(
  values: readonly string[] | null | undefined,
  where: string,
): RelationshipType[] | null {
  if (values === null || values === undefined) return null;
  if (values.length === 0) throw new AnalysisError(`${where}: relationshipTypes is empty; leave it out for every type`);
  const unknown = values.find((value) => !(RELATIONSHIP_TYPE_NAMES as readonly string[]).includes(value));
  if (unknown !== undefined)
    throw new AnalysisError(
      `${where}: unknown relationship type "${unknown}"; allowed: ${RELATIONSHIP_TYPE_NAMES.join(", ")}`,
    );
  return [...new Set(values)] as RelationshipType[];
}

export function toIntegerInRange(value: number, name: string, min: number, max: number, where: string): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new AnalysisError(`${where}: ${name} must be an integer from ${min} to ${max}, not ${value}`);
  return value;
}

/** Distinct ids, between min and max of them. */
export function toIdList(ids: readonly string[], min: number, max: number, where: string): string[] {
  const distinct = [...new Set(ids)];
  if (distinct.length < min || distinct.length > max)
    throw new AnalysisError(`${where}: give ${min} to ${max} distinct actor ids, not ${distinct.length}`);
  return distinct;
}
