import { readCypherStatements } from "@atlas/cypher";
import { describe, expect, it } from "vitest";
import { findStaleFulltextIndexes, toFulltextIndexShape, type FulltextIndexShape } from "./fulltextIndexes.ts";

const declared = readCypherStatements("schema")
  .map(toFulltextIndexShape)
  .filter((shape) => shape !== undefined);

describe("fulltextIndexes", () => {
  it("reads the analyzer, types and properties of the schema's full-text indexes", () => {
    expect(declared.find((index) => index.name === "actor_names")).toEqual({
      name: "actor_names",
      analyzer: "standard-folding",
      labelsOrTypes: ["Actor"],
      properties: ["name", "aliases"],
    });
    expect(declared.find((index) => index.name === "collaboration_quotes")?.labelsOrTypes).toContain("VISITED");
  });

  it("finds an index built with another analyzer or over other properties, and ignores missing ones", () => {
    const names = declared.find((index) => index.name === "actor_names")!;
    const existing: FulltextIndexShape[] = [
      { ...names, analyzer: "standard-no-stop-words" },
      { ...declared.find((index) => index.name === "actor_quotes")!, properties: ["quotes", "extra"] },
    ];
    expect(findStaleFulltextIndexes(declared, existing)).toEqual(["actor_names", "actor_quotes"]);
    expect(findStaleFulltextIndexes(declared, [{ ...names, properties: ["aliases", "name"] }])).toEqual([]);
  });

  it("refuses a full-text statement without its analyzer", () => {
    expect(() => toFulltextIndexShape("CREATE FULLTEXT INDEX x FOR (a:A) ON EACH [a.b]")).toThrow(/fulltextIndexes/);
  });
});
