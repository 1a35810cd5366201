import type { Actor, Dataset, Relationship, SourceRecord } from "@atlas/model";
import { describe, expect, it } from "vitest";
import { assignDerivedFields, getInheritedCountries, getReportedYear } from "./derivedFields.ts";

const source = (id: string, year?: number, yearNote?: string): SourceRecord => ({
  id,
  title: id,
  publisher: "p",
  type: "report",
  ...(year !== undefined && { year }),
  ...(yearNote && { yearNote }),
});
const actor = (id: string, country?: string): Actor => ({
  id,
  type: country ? "City" : "NGO",
  name: id,
  aliases: [],
  ...(country && { country }),
  sources: ["a.txt"],
  quotes: ["q"],
});
const rel = (type: string, from: string, to: string, extra: Partial<Relationship> = {}): Relationship =>
  ({ id: `${type}:${from}:${to}`, type, from, to, sources: ["a.txt"], quotes: ["q"], ...extra }) as Relationship;

describe("getReportedYear", () => {
  const sources = new Map(
    [
      source("old.txt", 2016, "pages dated 2016 to 2019"),
      source("exact.txt", 2024),
      source("circa.txt", 2024, "circa"),
    ].map((s) => [s.id, s]),
  );

  it("takes the earliest source's year and carries its note", () => {
    expect(getReportedYear({ sources: ["exact.txt", "old.txt"] }, sources)).toEqual({
      year: 2016,
      note: "pages dated 2016 to 2019",
    });
  });

  it("prefers an exact year over an approximate one of the same year", () => {
    expect(getReportedYear({ sources: ["circa.txt", "exact.txt"] }, sources)).toEqual({ year: 2024 });
    expect(getReportedYear({ sources: ["circa.txt"] }, sources)).toEqual({ year: 2024, note: "circa" });
  });

  it("gives nothing when no source has a year", () => {
    expect(getReportedYear({ sources: ["unknown.txt"] }, sources)).toBeUndefined();
  });
});

describe("getInheritedCountries", () => {
  const actors = [
    actor("kiel", "DE"),
    actor("milan", "IT"),
    actor("ngo"),
    actor("person"),
    actor("two"),
    actor("office"),
  ];

  it("inherits the country of the one place an actor is tied to", () => {
    const inherited = getInheritedCountries(actors, [
      rel("LOCATED_IN", "ngo", "kiel"),
      rel("WORKS_FOR", "person", "milan"),
    ]);
    expect(Object.fromEntries(inherited)).toEqual({
      ngo: { country: "DE", place: "kiel" },
      person: { country: "IT", place: "milan" },
    });
  });

  it("inherits nothing from two places, a plan, an unrelated type or a place without a country", () => {
    const inherited = getInheritedCountries(actors, [
      rel("LOCATED_IN", "two", "kiel"),
      rel("LOCATED_IN", "two", "milan"),
      rel("LOCATED_IN", "ngo", "kiel", { status: "planned" }),
      rel("PARTNERS_WITH", "person", "milan"),
      rel("WORKS_FOR", "person", "office"),
    ]);
    expect(inherited.size).toBe(0);
  });

  it("does not chain: an inherited country is passed on by no one", () => {
    const inherited = getInheritedCountries(actors, [
      rel("LOCATED_IN", "office", "kiel"),
      rel("WORKS_FOR", "person", "office"),
    ]);
    expect([...inherited.keys()]).toEqual(["office"]);
  });

  it("keeps a stated country", () => {
    expect(getInheritedCountries(actors, [rel("LOCATED_IN", "milan", "kiel")]).size).toBe(0);
  });
});

describe("assignDerivedFields", () => {
  it("marks the inherited country and sets reportedYear on every relationship", () => {
    const dataset: Dataset = {
      sources: [source("a.txt", 2020, "circa 2020")],
      actors: [actor("kiel", "DE"), actor("ngo")],
      relationships: [rel("LOCATED_IN", "ngo", "kiel")],
    };
    assignDerivedFields(dataset);
    expect(dataset.actors[1]).toMatchObject({ country: "DE", countrySource: "inherited" });
    expect(dataset.actors[0]!.countrySource).toBeUndefined();
    expect(dataset.relationships[0]).toMatchObject({ reportedYear: 2020, reportedYearNote: "circa 2020" });
  });
});
