/**
 * The CSV files of Neo4j's import tool (`neo4j-admin database import full`), holding the fields
 * of the very rows the batched loaders send to Cypher (toActorRow, toRelationshipRow, the source
 * records), so both ways store the same properties: a property without a column here is an
 * error, not a silent loss.
 *
 * Dialect: comma-delimited; every string quoted (so an empty string stays one, while an empty
 * field means "no property"); quotes doubled; lists joined with U+001F, which no imported text may
 * hold. Rows holding a line break go to a file of their own that the tool is told may span lines
 * (`--multiline-fields`), so the other files keep the tool's fast, line-based reading.
 *
 * Nodes are given by number (`--id-type=actual`): each line starts with its node's number, or a
 * relationship's two, written by StreamValidator, and the lines here hold the rest. The tool then
 * neither sorts the ids nor looks up two strings per relationship (a sixth of its time at 1M).
 */
import type { Actor, Relationship, SourceRecord } from "@atlas/model";

/** The tool's list delimiter (--array-delimiter in initialLoad.ts): checkRecord.ts refuses text holding it. */
export const LIST_DELIMITER = "\u001f";

type ColumnType = "string" | "string[]" | "long" | "double";
/** [header, property, type]; the header is what the tool reads, the property where the value comes from. */
type Column = [header: string, property: string, type: ColumnType];

const ACTOR_COLUMNS: Column[] = [
  ["id", "id", "string"],
  [":LABEL", "labels", "string[]"],
  ["type", "type", "string"],
  ["name", "name", "string"],
  ["aliases:string[]", "aliases", "string[]"],
  ["subtype", "subtype", "string"],
  ["country", "country", "string"],
  ["countrySource", "countrySource", "string"],
  ["role", "role", "string"],
  ["description", "description", "string"],
  ["lat:double", "lat", "double"],
  ["lon:double", "lon", "double"],
  ["sources:string[]", "sources", "string[]"],
  ["quotes:string[]", "quotes", "string[]"],
  ["origin", "origin", "string"],
];

const RELATIONSHIP_COLUMNS: Column[] = [
  [":TYPE", "type", "string"],
  ["id", "id", "string"],
  ["year:long", "year", "long"],
  ["until:long", "until", "long"],
  ["status", "status", "string"],
  ["office", "office", "string"],
  ["purpose", "purpose", "string"],
  ["reportedYear:long", "reportedYear", "long"],
  ["reportedYearNote", "reportedYearNote", "string"],
  ["sources:string[]", "sources", "string[]"],
  ["quotes:string[]", "quotes", "string[]"],
  ["origin", "origin", "string"],
];

const SOURCE_COLUMNS: Column[] = [
  ["id", "id", "string"],
  [":LABEL", "labels", "string[]"],
  ["title", "title", "string"],
  ["publisher", "publisher", "string"],
  ["author", "author", "string"],
  ["year:long", "year", "long"],
  ["yearNote", "yearNote", "string"],
  ["type", "type", "string"],
  ["url", "url", "string"],
];

// Most text holds no quote: skipping replaceAll then saves a copy of each string.
const quote = (text: string) => `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;

export function toField(value: unknown, type: ColumnType): string {
  if (value === undefined || value === null) return "";
  // The tool cannot write an empty list: it sets no property, as the loaders do (storedProperties).
  if (type === "string[]")
    return (value as unknown[]).length === 0 ? "" : quote((value as unknown[]).join(LIST_DELIMITER));
  if (type === "string") return quote(String(value));
  // Integers arrive as neo4j Integers from the loader's rows; String() gives their digits.
  return String(value);
}

/** The properties a file's columns hold, so each row's check is a set lookup per property. */
const propertiesOf = (columns: Column[]) => new Set(columns.map(([, property]) => property));
const ACTOR_PROPERTIES = propertiesOf(ACTOR_COLUMNS);
// The ends are the line's leading node numbers.
const RELATIONSHIP_PROPERTIES = new Set([...propertiesOf(RELATIONSHIP_COLUMNS), "from", "to"]);
const SOURCE_PROPERTIES = propertiesOf(SOURCE_COLUMNS);

/**
 * One CSV line of the tool's files: each column from `added` (what the loader's row adds, such as
 * the origin) or else `values`; throws on a property the columns do not hold. Built by
 * concatenation: this runs a million times per million records.
 */
function toLine(
  columns: Column[],
  properties: Set<string>,
  values: object,
  added: Record<string, unknown>,
  what: string,
): string {
  for (const key in values) {
    if ((values as Record<string, unknown>)[key] !== undefined && !properties.has(key)) {
      throw new Error(`importTool: ${what} property "${key}" has no column in the import tool's files`);
    }
  }
  let line = "";
  for (let i = 0; i < columns.length; i++) {
    const [, property, type] = columns[i]!;
    const value = property in added ? added[property] : (values as Record<string, unknown>)[property];
    line += i === 0 ? toField(value, type) : `,${toField(value, type)}`;
  }
  return `${line}\n`;
}

/*
 * The loaders' rows (toActorRow, toRelationshipRow) hold the record's own properties, absent ones
 * dropped and integers as neo4j Integers, with the origin added: the same fields these lines
 * write, without building the rows (importToolCsv.test.ts checks the two agree).
 */
export const toActorLine = (actor: Actor, origin: string) =>
  toLine(ACTOR_COLUMNS, ACTOR_PROPERTIES, actor, { labels: ["Actor", actor.type], origin }, "actor");

export const toRelationshipLine = (relationship: Relationship, origin: string) =>
  toLine(RELATIONSHIP_COLUMNS, RELATIONSHIP_PROPERTIES, relationship, { origin }, "relationship");

export const toSourceLine = (source: SourceRecord) =>
  toLine(SOURCE_COLUMNS, SOURCE_PROPERTIES, source, { labels: ["Source"] }, "source");

export const headerOf = (numbers: string[], columns: Column[]) =>
  `${[...numbers, ...columns.map(([header]) => header)].join(",")}\n`;
export const HEADERS = {
  actors: headerOf([":ID"], ACTOR_COLUMNS),
  relationships: headerOf([":START_ID", ":END_ID"], RELATIONSHIP_COLUMNS),
  sources: headerOf([":ID"], SOURCE_COLUMNS),
};
