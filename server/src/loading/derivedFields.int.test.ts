/**
 * The derived fields (docs/data-model.md, "Derived properties") reach the loaded graph exactly
 * as the dataset build computes them: reportedYear as an integer on every seed relationship, the
 * inherited countries marked with countrySource, and both through GraphQL.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "@atlas/model";
import { buildDataset, defaultDocumentsDir, readDataset, seedDataDir } from "@atlas/seed";
import { graphqlRequest, testDriver } from "../../../test/neo4jForTests.ts";

let driver: Driver;
let files: Dataset;

beforeAll(() => {
  driver = testDriver();
  files = buildDataset(readDataset(seedDataDir), { documentsDir: defaultDocumentsDir });
});
afterAll(() => driver.close());

describe("derived fields in the loaded seed", () => {
  it("every seed relationship carries the build's reportedYear, as an integer, and its note", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (:Actor)-[r {origin: 'seed'}]->(:Actor)
       RETURN r.id AS id, r.reportedYear AS year, r.reportedYearNote AS note`,
    );
    const loaded = new Map(records.map((r) => [r.get("id") as string, r]));
    expect(loaded.size).toBe(files.relationships.length);
    for (const rel of files.relationships) {
      const record = loaded.get(rel.id)!;
      expect(record.get("year").toNumber(), rel.id).toBe(rel.reportedYear);
      expect(record.get("note") ?? undefined, rel.id).toBe(rel.reportedYearNote);
    }
    expect(files.relationships.some((r) => r.reportedYearNote !== undefined)).toBe(true);
  });

  it("only the build's inherited countries are marked inherited, with the country it gives", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor {origin: 'seed', countrySource: 'inherited'}) RETURN a.id AS id, a.country AS country`,
    );
    const inherited = files.actors.filter((a) => a.countrySource === "inherited");
    expect(inherited.length).toBeGreaterThan(0);
    expect(Object.fromEntries(records.map((r) => [r.get("id"), r.get("country")]))).toEqual(
      Object.fromEntries(inherited.map((a) => [a.id, a.country])),
    );
  });

  it("GraphQL serves countrySource on actors and reportedYear on collaborations", async () => {
    const actor = files.actors.find((a) => a.countrySource === "inherited")!;
    const { body } = await graphqlRequest(
      `query ($id: ID!) {
        actors(where: { id: { eq: $id } }) { country countrySource }
        collaborations: actors(where: { id: { eq: "bremen" } }) {
          mayorsConnection { edges { properties { reportedYear reportedYearNote } } }
        }
      }`,
      { id: actor.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.actors).toEqual([{ country: actor.country, countrySource: "inherited" }]);
    const edges = (body.data!.collaborations as any)[0].mayorsConnection.edges;
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect(edge.properties.reportedYear).toEqual(expect.any(Number));
  });
});
