/**
 * Beyond one app instance, as far as one Community server allows (no cluster, no Aura here): a
 * second app instance reaching the test Neo4j through a routing neo4j:// URI with
 * SEED_ON_START=false, two instances applying the schema at once, and the safety settings read
 * back from the server.
 */
import { readCypherStatements } from "@atlas/cypher";
import { freePort, toSafetySettings } from "@atlas/neo4j-launcher";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CURATION_TOKEN_FOR_TESTS } from "../../../test/globalSetup.ts";
import { snapshot, testDriver, type DbSnapshot } from "../../../test/neo4jForTests.ts";
import { loadConfig } from "../config.ts";
import { pino } from "pino";
import { startAtlas, type RunningAtlas } from "../runtime.ts";
import { Executor } from "./executor.ts";
import { checkSafetySettings } from "./safetySettings.ts";

let driver: Driver;
let pristine: DbSnapshot;

beforeAll(async () => {
  driver = testDriver();
  pristine = await snapshot(driver);
});

afterAll(async () => {
  expect(await snapshot(driver)).toEqual(pristine);
  await driver.close();
});

describe("safety settings", () => {
  it("reads every limit the launcher set back from the server: no warning", async () => {
    const executor = new Executor(driver, "neo4j");
    expect(await checkSafetySettings(executor, toSafetySettings(loadConfig({}).local))).toBeUndefined();
  });

  it("says once that it could not read settings when the server shows none of them", async () => {
    const warning = await checkSafetySettings(new Executor(driver, "neo4j"), { "no.such.setting": "1s" });
    expect(warning).toMatch(/^neo4j: could not read settings \(SHOW SETTINGS showed none of them\)/);
  });
});

/** The real schema under names and labels of this test's own, so it starts from nothing. */
function ownSchema(prefix: string): string[] {
  return readCypherStatements("schema").map((statement) =>
    statement
      .replace(/\b(CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/, `$1 ${prefix}_$2 IF NOT EXISTS`)
      .replace(/:(Actor|Source)\b/g, `:${prefix}$1`)
      .replace(/\[r:([A-Z_|]+)\]/, (_, types: string) => `[r:${types.replaceAll(/(\w+)/g, `${prefix}_$1`)}]`),
  );
}

async function shownSchema(prefix: string) {
  const { records } = await driver.executeQuery(
    "SHOW INDEXES YIELD name, state, options WHERE name STARTS WITH $prefix " +
      "RETURN name, state, options.indexConfig.`fulltext.analyzer` AS analyzer ORDER BY name",
    { prefix: `${prefix}_` },
  );
  return records.map((record) => record.toObject() as { name: string; state: string; analyzer: string | null });
}

async function dropSchema(prefix: string) {
  const constraints = await driver.executeQuery("SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH $p RETURN name", {
    p: `${prefix}_`,
  });
  for (const record of constraints.records) await driver.executeQuery(`DROP CONSTRAINT \`${record.get("name")}\``);
  for (const { name } of await shownSchema(prefix)) await driver.executeQuery(`DROP INDEX \`${name}\``);
}

describe("two instances applying the schema at once", () => {
  const prefixes: string[] = [];
  afterAll(async () => {
    for (const prefix of prefixes) await dropSchema(prefix);
  });

  it.each([1, 2, 3])("round %i: both succeed and every index is online, from nothing", async (round) => {
    const prefix = `SchemaRace${round}`;
    prefixes.push(prefix);
    await dropSchema(prefix);
    const statements = ownSchema(prefix);
    const other = neo4j.driver(inject("atlas").neo4jUri, neo4j.auth.basic("neo4j", inject("atlas").neo4jPassword));
    try {
      await Promise.all([
        new Executor(driver, "neo4j").applySchema(statements),
        new Executor(other, "neo4j").applySchema(statements),
      ]);
    } finally {
      await other.close();
    }
    const names = statements.map((statement) => /(?:CONSTRAINT|INDEX) (\w+)/.exec(statement)![1]).sort();
    const shown = await shownSchema(prefix);
    expect(shown.map((index) => index.name)).toEqual(names);
    expect(shown.every((index) => index.state === "ONLINE")).toBe(true);
  });

  it("both rebuild a full-text index whose analyzer is stale, and neither fails", async () => {
    const prefix = "SchemaRaceStale";
    prefixes.push(prefix);
    await dropSchema(prefix);
    const statements = ownSchema(prefix);
    const stale = statements.find((s) => s.includes(`${prefix}_actor_names`))!.replace("standard-folding", "standard");
    await new Executor(driver, "neo4j").applySchema([stale]);
    expect(await shownSchema(prefix)).toEqual([expect.objectContaining({ analyzer: "standard" })]);
    await Promise.all([1, 2].map(() => new Executor(driver, "neo4j").applySchema(statements)));
    const rebuilt = (await shownSchema(prefix)).find((index) => index.name === `${prefix}_actor_names`);
    expect(rebuilt).toEqual(expect.objectContaining({ analyzer: "standard-folding", state: "ONLINE" }));
  });
});

describe("a second app instance on a routing neo4j:// URI, SEED_ON_START=false", () => {
  const atlas = inject("atlas");
  const actorId = "test-routing-instance-ngo";
  let second: RunningAtlas;
  const warnings: string[] = [];

  beforeAll(async () => {
    const config = loadConfig({
      NEO4J_URI: atlas.neo4jUri.replace(/^bolt:/, "neo4j:"),
      NEO4J_USER: atlas.neo4jUser,
      NEO4J_PASSWORD: atlas.neo4jPassword,
      SEED_ON_START: "false",
      PORT: String(await freePort()),
      CURATION_TOKEN: CURATION_TOKEN_FOR_TESTS,
      LOG_LEVEL: "warn",
    });
    const logger = pino({ level: "warn" }, { write: (line: string) => void warnings.push(JSON.parse(line).msg) });
    second = await startAtlas({ config, logger, progress: () => undefined });
  });

  afterAll(async () => {
    await second?.stop();
    await driver.executeQuery("MATCH (a:Actor {id: $id}) DETACH DELETE a", { id: actorId });
    await driver.executeQuery("MATCH (e:AuditEntry) WHERE $id IN e.actorIds DELETE e", { id: actorId });
  });

  async function graphql(baseUrl: string, query: string, variables = {}, headers = {}) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  }

  it("loads nothing, finds the server's safety settings in place, and reads the data the first instance loaded", async () => {
    expect(second.seed).toBeUndefined();
    expect(warnings.filter((line) => line.includes("settings"))).toEqual([]);
    const { data, errors } = await graphql(second.url, "{ graphStats { actors } }");
    expect(errors).toBeUndefined();
    expect(data!.graphStats.actors).toBe(atlas.seed.actors);
  });

  it("writes a curation through the routing driver, and the first instance reads it", async () => {
    const written = await graphql(
      second.url,
      "mutation($input: [ActorInput!]!) { upsertActors(input: $input) { newActors } }",
      {
        input: [
          {
            id: actorId,
            type: "NGO",
            name: "Routing Instance NGO",
            evidence: [{ source: "002_7b751642ae57aecf.txt", quote: "Solidarity Cities" }],
          },
        ],
      },
      { authorization: `Bearer ${CURATION_TOKEN_FOR_TESTS}` },
    );
    expect(written).toEqual({ data: { upsertActors: { newActors: 1 } } });
    const read = await graphql(atlas.baseUrl, `{ actors(where: { id: { eq: "${actorId}" } }) { name } }`);
    expect(read.data!.actors).toEqual([{ name: "Routing Instance NGO" }]);
  });
});
