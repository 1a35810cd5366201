import { describe, expect, it } from "vitest";
import { relationshipId, toActor, toRelationship } from "./dataset.ts";

describe("relationshipId", () => {
  it("is TYPE:from:to with the year when given", () => {
    expect(relationshipId({ type: "MEMBER_OF", from: "kiel", to: "eurocities" })).toBe("MEMBER_OF:kiel:eurocities");
    expect(relationshipId({ type: "VISITED", from: "leeds", to: "milan", year: 2018 })).toBe(
      "VISITED:leeds:milan:2018",
    );
  });

  it("keeps a planned and an actual membership apart", () => {
    const actual = relationshipId({ type: "MEMBER_OF", from: "seine-saint-denis", to: "intercultural-cities" });
    const planned = relationshipId({
      type: "MEMBER_OF",
      from: "seine-saint-denis",
      to: "intercultural-cities",
      status: "planned",
    });
    expect(planned).toBe("MEMBER_OF:seine-saint-denis:intercultural-cities:planned");
    expect(planned).not.toBe(actual);
  });

  it("keeps two offices of one person apart, the office as a slug after year and status", () => {
    const record = {
      type: "MAYOR_OF",
      from: "lefteris-papagiannakis",
      to: "athens",
      year: 2019,
      status: "former",
    } as const;
    expect(relationshipId({ ...record, office: "Vice Mayor for Migration" })).toBe(
      "MAYOR_OF:lefteris-papagiannakis:athens:2019:former:vice-mayor-for-migration",
    );
    expect(relationshipId({ ...record, office: "Deputy Mayor for Social Affairs, Democratisation & Diversity" })).toBe(
      "MAYOR_OF:lefteris-papagiannakis:athens:2019:former:deputy-mayor-for-social-affairs-democratisation-diversity",
    );
    expect(relationshipId({ type: "WORKS_FOR", from: "a", to: "b", office: "Directrice générale" })).toBe(
      "WORKS_FOR:a:b:directrice-generale",
    );
  });
});

describe("toActor and toRelationship", () => {
  const evidence = [{ source: "a.txt", quote: "one" }];
  // Key order and presence matter: JSON output and Object.keys see both.
  it("set the optional keys given, in the order of the type, and leave out the rest", () => {
    const bare = { id: "x", type: "Person" as const, name: "X", aliases: ["X", "Ex"], evidence };
    expect(Object.keys(toActor({ ...bare, role: "r", subtype: "", country: "DE" }))).toEqual([
      ...["id", "type", "name", "aliases", "country", "role", "sources", "quotes"],
    ]);
    expect(JSON.stringify(toActor(bare))).toBe(
      '{"id":"x","type":"Person","name":"X","aliases":["Ex"],"sources":["a.txt"],"quotes":["one"]}',
    );
    const rel = { type: "MEMBER_OF", from: "a", to: "b", evidence };
    expect(Object.keys(toRelationship({ ...rel, purpose: "p", year: 2000, office: "" }))).toEqual([
      ...["id", "type", "from", "to", "year", "purpose", "sources", "quotes"],
    ]);
    expect(toRelationship({ ...rel, year: undefined, until: 0 })).toStrictEqual({
      ...{ id: "MEMBER_OF:a:b", type: "MEMBER_OF", from: "a", to: "b", until: 0, sources: ["a.txt"], quotes: ["one"] },
    });
  });
});
