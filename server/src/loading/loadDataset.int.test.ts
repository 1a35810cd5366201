import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Dataset } from "@atlas/model";
import { buildDataset, defaultDocumentsDir, fixturesDir, readDataset, seedDataDir } from "@atlas/seed";
import { snapshot, testDriver } from "../../../test/neo4jForTests.ts";
import { Executor } from "../neo4j/executor.ts";
import { loadDataset } from "./loadDataset.ts";

const ORIGIN = "fixture:small";
let driver: Driver;
let executor: Executor;
let fixture: Dataset;

beforeAll(() => {
  driver = testDriver();
  executor = new Executor(driver, "neo4j");
  fixture = buildDataset(readDataset(path.join(fixturesDir, "small")), { documentsDir: defaultDocumentsDir });
});

afterAll(async () => {
  await driver.executeQuery("MATCH (a:Actor) WHERE a.origin = $origin DETACH DELETE a", { origin: ORIGIN });
  await driver.close();
});

describe("loadDataset", () => {
  it("loads the seed on start: counts in Neo4j match the files", async () => {
    const files = buildDataset(readDataset(seedDataDir), { documentsDir: defaultDocumentsDir });
    const { records } = await driver.executeQuery(
      `CALL () { MATCH (a:Actor {origin: 'seed'}) RETURN count(a) AS actors }
       CALL () { MATCH (:Actor)-[r {origin: 'seed'}]->(:Actor) RETURN count(r) AS rels }
       CALL () { MATCH (s:Source) RETURN count(s) AS sources }
       RETURN actors, rels, sources`,
    );
    expect(records[0]!.get("actors").toNumber()).toBe(files.actors.length);
    expect(records[0]!.get("rels").toNumber()).toBe(files.relationships.length);
    expect(records[0]!.get("sources").toNumber()).toBe(files.sources.length);
    expect(inject("atlas").seed.actors).toBe(files.actors.length);
  });

  it("gives every actor its type label and every relationship its evidence", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor) WHERE size([l IN labels(a) WHERE l <> 'Actor']) <> 1 OR NOT a.type IN labels(a) RETURN count(a) AS bad`,
    );
    expect(records[0]!.get("bad").toNumber()).toBe(0);
    const rels = await driver.executeQuery(
      `MATCH (:Actor)-[r]->(:Actor) WHERE size(r.quotes) = 0 OR size(r.quotes) <> size(r.sources) RETURN count(r) AS bad`,
    );
    expect(rels.records[0]!.get("bad").toNumber()).toBe(0);
  });

  it("stores no aliases property for an actor without aliases, as the import tool stores none", async () => {
    const files = buildDataset(readDataset(seedDataDir), { documentsDir: defaultDocumentsDir });
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor {origin: 'seed'})
       RETURN count(CASE WHEN a.aliases IS NULL THEN 1 END) AS none, count(CASE WHEN a.aliases = [] THEN 1 END) AS empty`,
    );
    expect(records[0]!.get("empty").toNumber()).toBe(0);
    expect(records[0]!.get("none").toNumber()).toBe(files.actors.filter((a) => a.aliases.length === 0).length);
    expect(files.actors.some((a) => a.aliases.length === 0)).toBe(true);
  });

  it("writes a fixture beside the seed, and loading it twice changes nothing", async () => {
    const first = await loadDataset(executor, fixture, { origin: ORIGIN });
    expect(first).toMatchObject({ actors: 10, relationships: 17 });
    const before = await snapshot(driver);
    const second = await loadDataset(executor, fixture, { origin: ORIGIN });
    expect(second).toMatchObject({ actors: 10, relationships: 17, removedActors: 0, removedRelationships: 0 });
    expect(await snapshot(driver)).toEqual(before);
  });

  it("stores years as integers and keeps Unicode names intact", async () => {
    await loadDataset(executor, fixture, { origin: ORIGIN });
    const { records } = await driver.executeQuery(
      `MATCH (:Actor {id: 'fx-athens'})-[r:FOUNDED]->(:Actor {id: 'fx-solidarity-cities-initiative'})
       MATCH (p:Person {id: 'fx-ulf-kampfer'})
       RETURN r.year AS year, valueType(r.year) AS yearType, p.name AS name`,
    );
    expect(records[0]!.get("yearType")).toBe("INTEGER NOT NULL");
    expect(records[0]!.get("year").toNumber()).toBe(2016);
    expect(records[0]!.get("name")).toBe("Ulf Kämpfer");
  });

  it("removes what the files no longer hold, for its own origin only", async () => {
    await loadDataset(executor, fixture, { origin: ORIGIN });
    const seedBefore = await driver.executeQuery("MATCH (a:Actor {origin: 'seed'}) RETURN count(a) AS n");
    const smaller: Dataset = {
      ...fixture,
      actors: fixture.actors.filter((a) => a.id !== "fx-kiel" && a.id !== "fx-ulf-kampfer"),
      relationships: fixture.relationships.filter(
        (r) => ![r.from, r.to].some((id) => id === "fx-kiel" || id === "fx-ulf-kampfer"),
      ),
    };
    const summary = await loadDataset(executor, smaller, { origin: ORIGIN });
    expect(summary.removedActors).toBe(2);
    const seedAfter = await driver.executeQuery("MATCH (a:Actor {origin: 'seed'}) RETURN count(a) AS n");
    expect(seedAfter.records[0]!.get("n").toNumber()).toBe(seedBefore.records[0]!.get("n").toNumber());
  });

  it("rolls everything back when a write fails part-way, leaving the database exactly as it was", async () => {
    await loadDataset(executor, fixture, { origin: ORIGIN });
    const before = await snapshot(driver);
    const broken: Dataset = {
      ...fixture,
      actors: [...fixture.actors, { ...fixture.actors[0]!, id: "fx-new-actor", name: "New Actor", aliases: [] }],
      // An endpoint that does not exist: the relationship cannot be written, so nothing may be.
      relationships: [
        ...fixture.relationships,
        { ...fixture.relationships[0]!, id: "X:fx-athens:fx-ghost", to: "fx-ghost" },
      ],
    };
    await expect(loadDataset(executor, broken, { origin: ORIGIN })).rejects.toThrow(
      /wrote 17 of 18 relationships; rolled back/,
    );
    expect(await snapshot(driver)).toEqual(before);
  });
});
