/**
 * Curation writes: only with the token, always validated and with evidence, audited; imports
 * validated in full (every bad row reported with its line) and written all or nothing; an import
 * killed mid-way leaves the database exactly as it was, and a second run succeeds.
 */
import { DatasetError } from "@atlas/model";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateDataset, toImportFile } from "@atlas/seed/generate";
import { CURATION_TOKEN_FOR_TESTS } from "../../../test/globalSetup.ts";
import { graphqlRequest, snapshot, testDriver, type DbSnapshot } from "../../../test/neo4jForTests.ts";
import { Executor } from "../neo4j/executor.ts";
import { importData } from "./curationService.ts";

const repoRoot = path.resolve(import.meta.dirname, "..", "..", "..");
const templates = path.join(repoRoot, "seed", "templates");
const work = mkdtempSync(path.join(os.tmpdir(), "atlas-import-test-"));
const DOC = "002_7b751642ae57aecf.txt";
let driver: Driver;
let executor: Executor;
let pristine: DbSnapshot;

beforeAll(async () => {
  driver = testDriver();
  executor = new Executor(driver, "neo4j");
  pristine = await snapshot(driver);
});

async function cleanUp() {
  await driver.executeQuery("MATCH (a:Actor {origin: 'curation'}) DETACH DELETE a");
  await driver.executeQuery("MATCH ()-[r {origin: 'curation'}]->() DELETE r");
  await driver.executeQuery("MATCH (e:AuditEntry) DELETE e");
  await driver.executeQuery(
    // Sources the imports added (the seed's are the five documents 000_…txt to 004_…txt).
    "MATCH (s:Source) WHERE NOT s.id =~ '00[0-4]_[0-9a-f]+[.]txt' DELETE s",
  );
}

afterAll(async () => {
  await cleanUp();
  expect(await snapshot(driver)).toEqual(pristine);
  await driver.close();
  rmSync(work, { recursive: true, force: true });
});

const auth = { authorization: `Bearer ${CURATION_TOKEN_FOR_TESTS}` };
const UPSERT = `mutation($input: [ActorInput!]!) { upsertActors(input: $input) { actors newActors } }`;
const ADD = `mutation($input: [RelationshipInput!]!) { addRelationships(input: $input) { relationships newRelationships } }`;
const evidence = [{ source: DOC, quote: "Solidarity Cities" }];
const actor = (overrides: Record<string, unknown> = {}) => ({
  id: "test-curated-ngo",
  type: "NGO",
  name: "Curated NGO",
  evidence,
  ...overrides,
});
const relationship = (overrides: Record<string, unknown> = {}) => ({
  type: "LOCATED_IN",
  from: "test-curated-ngo",
  to: "athens",
  evidence,
  ...overrides,
});

async function status(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await fetch(`${inject("atlas").baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe("curation mutations", () => {
  it.each([
    ["no token", {}, 401, "UNAUTHENTICATED"],
    ["a wrong token", { authorization: "Bearer not-the-token-not-the-token" }, 403, "FORBIDDEN"],
    ["a token in the wrong scheme", { authorization: `Basic ${CURATION_TOKEN_FOR_TESTS}` }, 401, "UNAUTHENTICATED"],
    ["an empty bearer", { authorization: "Bearer " }, 401, "UNAUTHENTICATED"],
  ])("refuses a write with %s and changes nothing", async (_name, headers, code, errorCode) => {
    const before = await snapshot(driver);
    const { status: httpStatus, body } = await status(UPSERT, { input: [actor()] }, headers as Record<string, string>);
    expect(httpStatus).toBe(code);
    expect(body.errors[0].extensions.code).toBe(errorCode);
    expect(await snapshot(driver)).toEqual(before);
  });

  it("writes an actor and a relationship with evidence, audited, visible at once", async () => {
    const created = await graphqlRequest(UPSERT, { input: [actor({ name: "Curated NGO ‘Ωmega’ Liège" })] }, auth);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.upsertActors).toEqual({ actors: 1, newActors: 1 });
    const linked = await graphqlRequest(ADD, { input: [relationship({ year: 2020 })] }, auth);
    expect(linked.body.data!.addRelationships).toEqual({ relationships: 1, newRelationships: 1 });

    const found = await graphqlRequest(`{ search(text: "Curated NGO") { id name } }`);
    expect(found.body.data!.search[0]).toEqual({ id: "test-curated-ngo", name: "Curated NGO ‘Ωmega’ Liège" });
    const around = await graphqlRequest(
      `{ neighbourhood(id: "test-curated-ngo") { edges { type target year evidence { quote } } } }`,
    );
    expect(around.body.data!.neighbourhood.edges).toEqual([
      { type: "LOCATED_IN", target: "athens", year: 2020, evidence: [{ quote: "Solidarity Cities" }] },
    ]);
    const { records } = await driver.executeQuery(
      "MATCH (e:AuditEntry) RETURN e.who AS who, e.action AS action, e.actorIds AS actors, e.at AS at ORDER BY e.at",
    );
    expect(records.map((r) => [r.get("who"), r.get("action")])).toEqual([
      ["curation-token", "upsertActors"],
      ["curation-token", "addRelationships"],
    ]);
    expect(records[0]!.get("actors")).toEqual(["test-curated-ngo"]);
  });

  it("shows curated actors in the overview at once, also when counts stay the same", async () => {
    const groups = async () => {
      const { body } = await graphqlRequest(`{ overview { groups { id actors } } }`);
      return new Map(body.data!.overview.groups.map((g: { id: string; actors: number }) => [g.id, g.actors]));
    };
    expect((await groups()).get("NGO|MT")).toBeUndefined();
    await graphqlRequest(UPSERT, { input: [actor({ id: "test-overview-ngo", country: "MT" })] }, auth);
    expect((await groups()).get("NGO|MT")).toBe(1);
    // Same number of actors and relationships: only our own write tells the overview to refresh.
    await graphqlRequest(UPSERT, { input: [actor({ id: "test-overview-ngo", country: "CY" })] }, auth);
    const after = await groups();
    expect(after.get("NGO|MT")).toBeUndefined();
    expect(after.get("NGO|CY")).toBe(1);
  });

  it("stores injection strings in names as plain text", async () => {
    const before = await snapshot(driver);
    const name = "x'}) MATCH (n) DETACH DELETE n // <script>alert(1)</script>";
    const { body } = await graphqlRequest(UPSERT, { input: [actor({ id: "test-injection", name })] }, auth);
    expect(body.errors).toBeUndefined();
    const { records } = await driver.executeQuery("MATCH (a:Actor {id: 'test-injection'}) RETURN a.name AS name");
    expect(records[0]!.get("name")).toBe(name);
    const after = await snapshot(driver);
    expect(after.nodes).toBe(before.nodes + 2); // the actor and its audit entry, nothing else
    expect(after.relationships).toBe(before.relationships);
  });

  it.each([
    ["no evidence", UPSERT, [actor({ id: "t1", evidence: [] })], /evidence: needs at least one evidence item/],
    ["an unknown actor type", UPSERT, [actor({ id: "t2", type: "Company" })], /type: Invalid option/],
    ["an id that is not a slug", UPSERT, [actor({ id: "Bad Id!" })], /id: must be a slug/],
    ["an injection in the id", UPSERT, [actor({ id: "x'}) DETACH DELETE n //" })], /id: must be a slug/],
    ["a bad country", UPSERT, [actor({ id: "t3", country: "Germany" })], /country: must be an ISO 3166-1 alpha-2 code/],
    [
      "an unknown source",
      UPSERT,
      [actor({ id: "t4", evidence: [{ source: "nowhere.txt", quote: "x" }] })],
      /unknown source "nowhere.txt"/,
    ],
    [
      "an empty quote",
      UPSERT,
      [actor({ id: "t5", evidence: [{ source: DOC, quote: "  " }] })],
      /quote: must not be empty/,
    ],
    ["an empty name", UPSERT, [actor({ id: "t6", name: "" })], /name: must not be empty/],
    ["the same id twice", UPSERT, [actor({ id: "t7" }), actor({ id: "t7" })], /duplicate id "t7"/],
    [
      "a relationship without evidence",
      ADD,
      [relationship({ evidence: [] })],
      /evidence: needs at least one evidence item/,
    ],
    [
      "a relationship to an unknown actor",
      ADD,
      [relationship({ to: "atlantis" })],
      /"atlantis" is neither in the import nor in the database/,
    ],
    ["an unknown relationship type", ADD, [relationship({ type: "LIKES" })], /type: Invalid option/],
    ["a self-loop", ADD, [relationship({ to: "test-curated-ngo" })], /two different actors/],
    ["a bad status", ADD, [relationship({ status: "rumoured" })], /status: Invalid option/],
    ["a year out of range", ADD, [relationship({ year: 99999 })], /year: Too big/],
  ])("refuses %s with a specific error and changes nothing", async (_name, mutation, input, message) => {
    const before = await snapshot(driver);
    const { status: httpStatus, body } = await status(mutation, { input }, auth);
    expect(httpStatus).toBe(400);
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].message).toMatch(message);
    expect(await snapshot(driver)).toEqual(before);
  });

  it("refuses a field of the wrong GraphQL type", async () => {
    const { body } = await status(ADD, { input: [relationship({ year: "2020" })] }, auth);
    expect(body.errors[0].message).toMatch(/Int cannot represent/);
  });
});

function file(name: string, text: string): string {
  const target = path.join(work, name);
  writeFileSync(target, text);
  return target;
}

describe("import", () => {
  it("dry-runs the JSON template: reports what would change and writes nothing", async () => {
    const before = await snapshot(driver);
    const report = await importData(
      executor,
      { json: { name: "import.json", text: readFileSync(path.join(templates, "import.json"), "utf8") } },
      { who: "test", action: "import", dryRun: true },
    );
    expect(report).toMatchObject({
      dryRun: true,
      actors: { new: 1, updated: 0 },
      relationships: { new: 1, updated: 0 },
      sources: 1,
    });
    expect(await snapshot(driver)).toEqual(before);
  });

  it("imports the CSV templates through the CLI, in one transaction with an audit entry", async () => {
    const result = await runCli([
      "--actors",
      path.join(templates, "actors.csv"),
      "--relationships",
      path.join(templates, "relationships.csv"),
      "--sources",
      path.join(templates, "sources.json"),
      "--who",
      "cli-test",
    ]);
    expect(result.stderr).not.toMatch(/problem/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/wrote 1 new and 0 updated actors, 1 new and 0 updated relationships/);
    const { records } = await driver.executeQuery("MATCH (e:AuditEntry {who: 'cli-test'}) RETURN count(e) AS n");
    expect(records[0]!.get("n").toNumber()).toBe(1);
  });

  const ACTORS_HEADER = "id,type,name,aliases,subtype,country,role,description,source,quote";
  const RELS_HEADER = "type,from,to,year,until,status,office,purpose,source,quote";
  const goodActor = `imp-a,NGO,Import A,,,DE,,,${DOC},Solidarity Cities`;
  const cases: Array<[string, { actors?: string; relationships?: string; json?: string }, RegExp]> = [
    [
      "an unknown column",
      { actors: `${ACTORS_HEADER},colour\n${goodActor},red` },
      /actors\.csv:2 \(imp-a\): .*Unrecognized key: "colour"/,
    ],
    ["a missing column", { actors: `id,type,name\nimp-a,NGO,Import A` }, /evidence: needs at least one evidence item/],
    [
      "an unknown type",
      { actors: `${ACTORS_HEADER}\nimp-a,Company,Import A,,,DE,,,${DOC},q` },
      /actors\.csv:2 \(imp-a\): type: Invalid option/,
    ],
    ["a bad slug", { actors: `${ACTORS_HEADER}\nImp A,NGO,Import A,,,DE,,,${DOC},q` }, /id: must be a slug/],
    [
      "a lower-case country",
      { actors: `${ACTORS_HEADER}\nimp-a,NGO,Import A,,,de,,,${DOC},q` },
      /country: must be an ISO 3166-1 alpha-2 code/,
    ],
    ["no quote", { actors: `${ACTORS_HEADER}\nimp-a,NGO,Import A,,,DE,,,${DOC},` }, /quote/],
    ["no source", { actors: `${ACTORS_HEADER}\nimp-a,NGO,Import A,,,DE,,,,a quote` }, /unknown source ""|source/],
    [
      "an unknown source",
      { actors: `${ACTORS_HEADER}\nimp-a,NGO,Import A,,,DE,,,rumours.txt,q` },
      /unknown source "rumours.txt"/,
    ],
    [
      "a duplicate id",
      { actors: `${ACTORS_HEADER}\n${goodActor}\n${goodActor}` },
      /actors\.csv:3 \(imp-a\): duplicate id "imp-a"/,
    ],
    ["an unterminated quote", { actors: `${ACTORS_HEADER}\nimp-a,NGO,"Import A,,,DE,,,${DOC},q` }, /not valid CSV/],
    [
      "a dangling reference",
      {
        actors: `${ACTORS_HEADER}\n${goodActor}`,
        relationships: `${RELS_HEADER}\nMEMBER_OF,imp-a,nowhere,,,,,,${DOC},q`,
      },
      /relationships\.csv:2 .*"nowhere" is neither in the import nor in the database/,
    ],
    [
      "an unknown relationship type",
      { actors: `${ACTORS_HEADER}\n${goodActor}`, relationships: `${RELS_HEADER}\nLOVES,imp-a,athens,,,,,,${DOC},q` },
      /type: Invalid option/,
    ],
    [
      "a year that is text",
      {
        actors: `${ACTORS_HEADER}\n${goodActor}`,
        relationships: `${RELS_HEADER}\nMEMBER_OF,imp-a,eurocities,twenty,,,,,${DOC},q`,
      },
      /year: Invalid input: expected number/,
    ],
    [
      "until before year",
      {
        actors: `${ACTORS_HEADER}\n${goodActor}`,
        relationships: `${RELS_HEADER}\nMEMBER_OF,imp-a,eurocities,2020,2010,,,,${DOC},q`,
      },
      /until 2010 is before year 2020/,
    ],
    [
      "a self-loop",
      {
        actors: `${ACTORS_HEADER}\n${goodActor}`,
        relationships: `${RELS_HEADER}\nPARTNERS_WITH,imp-a,imp-a,,,,,,${DOC},q`,
      },
      /two different actors/,
    ],
    [
      "a duplicate relationship",
      {
        actors: `${ACTORS_HEADER}\n${goodActor}`,
        relationships: `${RELS_HEADER}\nMEMBER_OF,imp-a,eurocities,,,,,,${DOC},q\nMEMBER_OF,imp-a,eurocities,,,,,,${DOC},q`,
      },
      /relationships\.csv:3 .*duplicate relationship/,
    ],
    [
      "a bad status",
      {
        actors: `${ACTORS_HEADER}\n${goodActor}`,
        relationships: `${RELS_HEADER}\nMEMBER_OF,imp-a,eurocities,,,maybe,,,${DOC},q`,
      },
      /status: Invalid option/,
    ],
    ["broken JSON", { json: `{"actors": [` }, /not valid JSON/],
    ["a JSON array at the top", { json: `[]` }, /must be an object/],
    ["unknown top-level keys", { json: `{"actors": [], "people": []}` }, /unknown top-level keys: people/],
    ["actors that are not a list", { json: `{"actors": {"id": "x"}}` }, /actors must be an array/],
    ["an empty import", { json: `{"actors": [], "relationships": []}` }, /nothing to import/],
    ["a null actor", { json: `{"actors": [null]}` }, /actors:1: record: Invalid input/],
    [
      "an actor with a number for a name",
      {
        json: `{"actors": [{"id": "imp-b", "type": "NGO", "name": 5, "evidence": [{"source": "${DOC}", "quote": "q"}]}]}`,
      },
      /name: Invalid input: expected string/,
    ],
    [
      "a bad source record",
      {
        json: `{"sources": [{"id": "x.txt", "title": "T", "publisher": "P", "type": "blog"}], "actors": [${JSON.stringify({ id: "imp-c", type: "NGO", name: "C", evidence: [{ source: "x.txt", quote: "q" }] })}]}`,
      },
      /sources:1 .*type: Invalid option/,
    ],
    [
      "a relationship with an extra field",
      {
        json: `{"relationships": [{"type": "MEMBER_OF", "from": "athens", "to": "eurocities", "weight": 3, "evidence": [{"source": "${DOC}", "quote": "q"}]}]}`,
      },
      /Unrecognized key: "weight"/,
    ],
    [
      "evidence that is a string",
      { json: `{"actors": [{"id": "imp-d", "type": "NGO", "name": "D", "evidence": "trust me"}]}` },
      /evidence: Invalid input: expected array/,
    ],
    [
      "an over-long quote",
      {
        json: `{"actors": [{"id": "imp-e", "type": "NGO", "name": "E", "evidence": [{"source": "${DOC}", "quote": "${"x".repeat(700)}"}]}]}`,
      },
      /longer than 600 characters/,
    ],
    [
      "a whitespace name",
      {
        json: `{"actors": [{"id": "imp-f", "type": "NGO", "name": "   ", "evidence": [{"source": "${DOC}", "quote": "q"}]}]}`,
      },
      /name: must not be empty/,
    ],
    [
      "a year with a fraction",
      {
        json: `{"relationships": [{"type": "MEMBER_OF", "from": "athens", "to": "eurocities", "year": 2019.5, "evidence": [{"source": "${DOC}", "quote": "q"}]}]}`,
      },
      /year: Invalid input: expected int/,
    ],
  ];

  it.each(cases)("rejects %s with file, line and reason, and writes nothing", async (_name, input, message) => {
    const before = await snapshot(driver);
    const importInput = {
      ...(input.json !== undefined && { json: { name: "data.json", text: input.json } }),
      ...(input.actors !== undefined && { actorsCsv: { name: "actors.csv", text: input.actors } }),
      ...(input.relationships !== undefined && {
        relationshipsCsv: { name: "relationships.csv", text: input.relationships },
      }),
    };
    const error = await importData(executor, importInput, { who: "test", action: "import" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toMatch(/^import: the data has \d+ problems?; nothing was written/);
    expect((error as Error).message).toMatch(message);
    expect(await snapshot(driver)).toEqual(before);
  });

  it("lists every bad row at once, not only the first", async () => {
    const text = `${ACTORS_HEADER}\nimp-x,Company,X,,,DE,,,${DOC},q\nimp-y,NGO,Y,,,Germany,,,${DOC},q\nimp-z,NGO,,,,DE,,,${DOC},q`;
    const error = (await importData(
      executor,
      { actorsCsv: { name: "actors.csv", text } },
      { who: "t", action: "import" },
    ).catch((e: unknown) => e)) as DatasetError;
    expect(error.issues.map((i) => i.line)).toEqual([2, 3, 4]);
  });

  it("rejects a file that is not UTF-8 and a missing file, through the CLI", async () => {
    const latin1 = file("latin1.csv", "");
    writeFileSync(latin1, Buffer.from(`${ACTORS_HEADER}\nimp-a,NGO,Li\xe8ge,,,BE,,,${DOC},q\n`, "latin1"));
    const bad = await runCli(["--actors", latin1]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/cannot read .*latin1\.csv as UTF-8/);
    const missing = await runCli(["--json", path.join(work, "nope.json")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json/);
  });

  it(
    "leaves the database exactly as it was when killed mid-write, and succeeds on a second run",
    { timeout: 240_000 },
    async () => {
      const dataset = generateDataset(20_000, 60_000, 11);
      const json = file("big.json", toImportFile(dataset));
      const before = await snapshot(driver);
      // The CLI prints this line once the actors are written inside the still-open transaction:
      // killing it then kills it mid-write, however fast or slow the machine is.
      const killed = await runCli(["--json", json], { killWhen: /writing \(one transaction\)/ });
      expect(killed.signal).toBe("SIGKILL");
      expect(killed.stdout).not.toMatch(/wrote/);
      // The server notices the dropped connection and rolls the transaction back.
      await expect.poll(() => snapshot(driver), { interval: 1000 }).toEqual(before);

      const second = await runCli(["--json", json]);
      expect(second.stderr).not.toMatch(/problem/);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/wrote 20000 new and 0 updated actors, 60000 new and 0 updated relationships/);
      await cleanUp();
    },
  );
});

function runCli(
  args: string[],
  kill?: { killWhen: RegExp },
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  const atlas = inject("atlas");
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/cli/import.ts", ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NEO4J_URI: atlas.neo4jUri,
      NEO4J_PASSWORD: atlas.neo4jPassword,
      CURATION_TOKEN: CURATION_TOKEN_FOR_TESTS,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    if (kill && kill.killWhen.test(stderr)) child.kill("SIGKILL");
  });
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })));
}
