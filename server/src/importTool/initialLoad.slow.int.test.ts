/**
 * `npm run import -- --jsonl FILE --initial` end to end, as a user runs it: a generated dataset
 * goes through Neo4j's import tool into a fresh local database, which then holds what the
 * batched loaders would have written, with its full-text indexes online; a database in use or
 * holding data is refused with a message that says why.
 */
import { toActor, toRelationship, type ActorRecord, type RelationshipRecord } from "@atlas/model";
import { freePort, startLocalNeo4j, type LocalNeo4j } from "@atlas/neo4j-launcher";
import { generateRecords, writeGenerated, type GeneratedRecord } from "@atlas/seed/generate";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAlive, pollUntil } from "../../../test/polling.ts";
import { repoRoot } from "../config.ts";
import { toActorRow, toRelationshipRow } from "../loading/loadDataset.ts";

const home = mkdtempSync(path.join(os.tmpdir(), "atlas-initial-import-"));
const file = path.join(home, "dataset.jsonl");
const PASSWORD = "initial-import-password";
const [ACTORS, RELATIONSHIPS] = [2000, 8000];
const records = [...generateRecords(ACTORS, RELATIONSHIPS, 3)];
const actors = records.flatMap((r) => (r.kind === "actor" ? [r.record] : []));
const relationships = records.flatMap((r) => (r.kind === "relationship" ? [r.record] : []));
let port: number;
let local: LocalNeo4j | undefined;
let driver: Driver | undefined;

/** `onLine` sees each line of output and may interrupt the import (SIGINT, as Ctrl-C). */
function runImport(
  into = home,
  onLine: (line: string, interrupt: () => void) => void = () => undefined,
  boltPort = port,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "server/src/cli/import.ts", "--jsonl", file, "--initial"],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          LOCAL_NEO4J_HOME: into,
          LOCAL_NEO4J_BOLT_PORT: String(boltPort),
          LOCAL_NEO4J_HEAP: "512m",
          LOCAL_NEO4J_PAGECACHE: "64m",
          NEO4J_PASSWORD: PASSWORD,
          CURATION_TOKEN: "initial-import-test-token-0000",
          NEO4J_URI: "",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    const take = (chunk: Buffer) => {
      const lines = chunk.toString();
      output += lines;
      for (const line of lines.split("\n")) onLine(line, () => child.kill("SIGINT"));
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("close", (code) => resolve({ code, output }));
  });
}

const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver!.executeQuery(cypher, params)).records.map((record) => record.toObject());

beforeAll(async () => {
  port = await freePort();
  // A thousand relationships before every actor: an actor's node number is taken at its first sight.
  const early = new Set<GeneratedRecord>(records.filter((r) => r.kind === "relationship").slice(0, 1000));
  writeGenerated([...early, ...records.filter((r) => !early.has(r))], "jsonl", file);
  const { code, output } = await runImport();
  expect(output).toContain("import tool: IMPORT DONE");
  expect(code, output).toBe(0);
  local = await startLocalNeo4j({
    home,
    password: PASSWORD,
    heap: "512m",
    boltPort: port,
    pageCache: "64m",
    transactionTimeout: "60s",
    transactionMemory: "256m",
    transactionMemoryTotal: "384m",
  });
  driver = neo4j.driver(local.uri, neo4j.auth.basic("neo4j", PASSWORD));
  // Two JVM starts and an import: minutes on a busy machine (the project default is 5).
}, 600_000);

afterAll(async () => {
  await driver?.close();
  await local?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe("the initial import with Neo4j's import tool", () => {
  it("holds every actor, relationship and source, with an audit entry", async () => {
    const [counts] = await query(
      "RETURN COUNT { MATCH (:Actor) } AS actors, COUNT { MATCH (:Actor)-[]->(:Actor) } AS relationships, " +
        "COUNT { MATCH (:Source) } AS sources, COUNT { MATCH (e:AuditEntry {action: 'import (initial)'}) } AS audits",
    );
    expect(counts).toEqual({
      actors: neo4j.int(ACTORS),
      relationships: neo4j.int(RELATIONSHIPS),
      sources: neo4j.int(8),
      audits: neo4j.int(1),
    });
  });

  it("connects each relationship to the actors it names", async () => {
    const stored = await query("MATCH (a:Actor)-[r]->(b:Actor) RETURN type(r) AS type, a.id AS from, b.id AS to");
    const key = (r: Record<string, unknown>) => `${r.type} ${r.from} ${r.to}`;
    expect(stored.map(key).toSorted()).toEqual(relationships.map(key).toSorted());
  });

  it("labels each actor Actor and its type, and each relationship with its type", async () => {
    const byType = await query(
      "MATCH (a:Actor) RETURN a.type AS type, count(*) AS n, collect(DISTINCT labels(a)) AS labels",
    );
    for (const { type, n, labels } of byType) {
      expect((labels as string[][]).map((names) => names.toSorted())).toEqual([["Actor", type].toSorted()]);
      expect(Number(n)).toBe(actors.filter((a) => a.type === type).length);
    }
    const types = await query("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n");
    for (const { type, n } of types) expect(Number(n)).toBe(relationships.filter((r) => r.type === type).length);
  });

  it("stores the properties the batched loaders write: strings, lists, integers, no empty list, origin", async () => {
    const withAlias = actors.find((a) => a.aliases.length > 0)!;
    const withoutAlias = actors.find((a) => a.aliases.length === 0)!;
    const withYear = relationships.find((r) => r.year !== undefined)!;
    const [stored] = await query(
      "MATCH (a:Actor {id: $a}), (b:Actor {id: $b}), ()-[r {id: $r}]->() " +
        "RETURN properties(a) AS a, properties(b) AS b, properties(r) AS r, " +
        "valueType(r.year) AS year, valueType(a.quotes) AS quotes, b.aliases IS NULL AS noAliases",
      { a: withAlias.id, b: withoutAlias.id, r: toRelationship(withYear).id },
    );
    expect(stored!.a).toEqual(toActorRow(toActor(withAlias as ActorRecord), "curation").props);
    expect(stored!.b).toEqual(toActorRow(toActor(withoutAlias as ActorRecord), "curation").props);
    expect(stored!.r).toEqual(toRelationshipRow(toRelationship(withYear as RelationshipRecord), "curation").props);
    expect([stored!.year, stored!.quotes, stored!.noAliases]).toEqual([
      "INTEGER NOT NULL",
      "LIST<STRING NOT NULL> NOT NULL",
      true,
    ]);
  });

  it("has its full-text indexes online, and a search finds an actor by name", async () => {
    const indexes = await query("SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state ORDER BY name");
    expect(indexes).toEqual(
      ["actor_names", "actor_quotes", "collaboration_quotes"].map((name) => ({ name, state: "ONLINE" })),
    );
    const actor = actors.find((a) => a.type === "NGO")!;
    const found = await query(
      "CALL db.index.fulltext.queryNodes('actor_names', $text) YIELD node RETURN collect(node.id) AS ids",
      { text: `"${actor.name}"` },
    );
    expect(found[0]!.ids).toContain(actor.id);
  });

  it("refuses the database while it runs, and once stopped because it holds data", { timeout: 600_000 }, async () => {
    const running = await runImport();
    expect(running.code).toBe(1);
    expect(running.output).toMatch(/the local database in .* is in use \(process \d+ holds its store lock/);
    await driver!.close();
    await local!.stop();
    driver = undefined;
    const stopped = await runImport();
    expect(stopped.code).toBe(1);
    expect(stopped.output).toContain(
      `--initial loads an empty database only, and the local database in ${home} holds ${ACTORS + 8 + 1} nodes`,
    );
  });

  it(
    "interrupted during the import tool, stops its JVM and leaves the home as it was",
    { timeout: 600_000 },
    async () => {
      const other = mkdtempSync(path.join(os.tmpdir(), "atlas-initial-interrupted-"));
      try {
        let jvm = 0;
        let interrupted = false;
        const onLine = (line: string, interrupt: () => void) => {
          jvm ||= Number(/in one JVM \(pid (\d+)\)/.exec(line)?.[1] ?? 0);
          // Once, as one Ctrl-C: a second SIGINT would find the handler gone and end Node by signal.
          if (!line.includes("import tool: ") || interrupted) return;
          interrupted = true;
          interrupt();
        };
        const { code, output } = await runImport(other, onLine, await freePort());
        expect(code, output).toBe(130);
        expect(jvm, output).toBeGreaterThan(0);
        await pollUntil(() => !isAlive(jvm), "the import's JVM is gone", Date.now() + 30_000);
        expect(existsSync(path.join(other, "data", "databases", "neo4j"))).toBe(false);
        expect(readdirSync(other).filter((entry) => entry.startsWith("initial-import-"))).toEqual([]);
      } finally {
        rmSync(other, { recursive: true, force: true });
      }
    },
  );
});
