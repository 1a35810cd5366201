import { actorRecordSchema, relationshipRecordSchema, sourceRecordSchema, type ActorRecord } from "@atlas/model";
import { describe, expect, it } from "vitest";
import { getPlaces } from "./generateNames.ts";
import { generateRecords, type GeneratedRecord } from "./generateRecords.ts";

const schemas = { source: sourceRecordSchema, actor: actorRecordSchema, relationship: relationshipRecordSchema };
const all = (actors: number, relationships: number, seed?: number) => [...generateRecords(actors, relationships, seed)];

describe("generateRecords", () => {
  const records = all(2000, 10_000);
  const actors = records.filter((r) => r.kind === "actor").map((r) => r.record as ActorRecord);
  const relationships = records.filter(
    (r): r is Extract<GeneratedRecord, { kind: "relationship" }> => r.kind === "relationship",
  );

  it("yields sources, then actors, then relationships, each valid by the import's schemas", () => {
    expect(records.map((r) => r.kind)).toEqual([
      ...Array(8).fill("source"),
      ...Array(2000).fill("actor"),
      ...Array(10_000).fill("relationship"),
    ]);
    for (const { kind, record } of records) expect(schemas[kind].safeParse(record).error).toBeUndefined();
  });

  it("gives unique ids, relationships between generated actors only, and the same records for the same seed", () => {
    const ids = new Set(actors.map((a) => a.id));
    expect(ids.size).toBe(2000);
    for (const { record } of relationships) expect(ids.has(record.from) && ids.has(record.to)).toBe(true);
    expect(all(200, 500)).toEqual(all(200, 500));
    expect(all(200, 500, 8)).not.toEqual(all(200, 500));
  });

  it("names actors after real places and people, not 'City 123', with quotes of the seed's length", () => {
    const places = new Set(getPlaces().map((place) => place.name));
    const cities = actors.filter((a) => a.type === "City");
    expect(cities.length).toBeGreaterThan(200);
    for (const city of cities) expect(places.has(city.name)).toBe(true);
    expect(actors.some((a) => /^(City|NGO|Project|Person) \d+$/.test(a.name))).toBe(false);
    const lengths = records.flatMap((r) =>
      "evidence" in r.record ? r.record.evidence.map((e) => e.quote.length) : [],
    );
    lengths.sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThan(60);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThan(160);
  });

  it("keeps the seed's hubs: networks and international bodies draw the most edges", () => {
    const degree = new Map<string, number>();
    for (const { record } of relationships) degree.set(record.to, (degree.get(record.to) ?? 0) + 1);
    const top = [...degree].sort((a, b) => b[1] - a[1]).slice(0, 20);
    const hubTypes = new Set(["CityNetwork", "InternationalBody"]);
    const typeOf = new Map(actors.map((a) => [a.id, a.type]));
    expect(top.filter(([id]) => hubTypes.has(typeOf.get(id)!)).length).toBeGreaterThan(15);
  });
});
