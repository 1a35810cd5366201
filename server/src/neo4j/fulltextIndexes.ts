/**
 * `CREATE FULLTEXT INDEX ... IF NOT EXISTS` does nothing when an index of that name exists, even
 * one built with another analyzer or over other types: a database created before the schema
 * changed would keep searching the old way. These helpers find such stale indexes so that
 * applySchema can drop them before the statements recreate them.
 */

/** What a full-text index statement asks for, or what SHOW INDEXES reports. */
export interface FulltextIndexShape {
  name: string;
  analyzer: string;
  labelsOrTypes: string[];
  properties: string[];
}

/** The shape a schema statement declares; undefined for any other statement. */
export function toFulltextIndexShape(statement: string): FulltextIndexShape | undefined {
  const name = /^CREATE FULLTEXT INDEX (\w+)/.exec(statement)?.[1];
  if (!name) return undefined;
  const analyzer = /`fulltext\.analyzer`:\s*'([^']+)'/.exec(statement)?.[1];
  const types = /FOR\s*(?:\(\w*:([\w|]+)\)|\(\)-\[\w*:([\w|]+)\]-\(\))/.exec(statement);
  const properties = /ON EACH \[([^\]]+)\]/.exec(statement)?.[1];
  if (!analyzer || !types || !properties) {
    throw new Error(`fulltextIndexes: schema statement for "${name}" must name its analyzer, types and properties`);
  }
  return {
    name,
    analyzer,
    labelsOrTypes: (types[1] ?? types[2] ?? "").split("|"),
    properties: properties.split(",").map((p) => p.trim().replace(/^\w+\./, "")),
  };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Names of the existing indexes that differ from what the schema declares under the same name. */
export function findStaleFulltextIndexes(declared: FulltextIndexShape[], existing: FulltextIndexShape[]): string[] {
  return declared
    .filter((want) => {
      const have = existing.find((index) => index.name === want.name);
      return (
        have !== undefined &&
        (have.analyzer !== want.analyzer ||
          !sameSet(have.labelsOrTypes, want.labelsOrTypes) ||
          !sameSet(have.properties, want.properties))
      );
    })
    .map((index) => index.name);
}
