/**
 * Turns Neo4j driver values into plain JSON: integers become numbers (or strings past 2^53),
 * temporal and spatial values become ISO strings / {x, y}, nodes and relationships become
 * objects with string ids. This is the one place where driver types stop.
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Integer,
} from "neo4j-driver";
import type { Plain } from "@atlas/model";

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const integer = value as Integer;
    return integer.inSafeRange() ? integer.toNumber() : integer.toString();
  }
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value))
    return { srid: toPlain(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  if (isNode(value))
    return { elementId: value.elementId, labels: value.labels, properties: toPlainMap(value.properties) };
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: toPlainMap(value.properties),
    };
  }
  if (isPath(value))
    return {
      segments: value.segments.map((s) => ({
        start: toPlain(s.start),
        relationship: toPlain(s.relationship),
        end: toPlain(s.end),
      })),
    };
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") return toPlainMap(value as Record<string, unknown>);
  return String(value);
}

export function toPlainMap(map: Record<string, unknown>): { [key: string]: Plain } {
  return Object.fromEntries(Object.entries(map).map(([key, v]) => [key, toPlain(v)]));
}
