/** The typed attribute columns of an export: every property key with one type across all values. */
import type { Plain } from "@atlas/model";

export type AttributeType = "string" | "int" | "double" | "boolean";

export interface AttributeColumn {
  name: string;
  type: AttributeType;
  /** True when the property holds lists (written joined where the format has no list type). */
  list: boolean;
}

export function getAttributeColumns(items: Iterable<{ [key: string]: Plain }>): AttributeColumn[] {
  const seen = new Map<string, { types: Set<AttributeType>; list: boolean }>();
  for (const properties of items) {
    for (const [name, value] of Object.entries(properties)) {
      if (value === null) continue;
      const entry = seen.get(name) ?? { types: new Set<AttributeType>(), list: false };
      const values = Array.isArray(value) ? value : [value];
      if (Array.isArray(value)) entry.list = true;
      for (const v of values) {
        if (typeof v === "number") entry.types.add(Number.isInteger(v) && !FLOAT_KEYS.has(name) ? "int" : "double");
        else if (typeof v === "boolean") entry.types.add("boolean");
        else entry.types.add("string");
      }
      seen.set(name, entry);
    }
  }
  return [...seen.entries()]
    .map(([name, { types, list }]) => ({ name, list, type: list ? "string" : resolve(types) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Properties that are coordinates: always written as floating point, even when integral. */
export const FLOAT_KEYS = new Set(["lat", "lon", "x", "y", "size"]);

function resolve(types: Set<AttributeType>): AttributeType {
  if (types.size === 1) return [...types][0]!;
  if ([...types].every((t) => t === "int" || t === "double")) return "double";
  return "string";
}
