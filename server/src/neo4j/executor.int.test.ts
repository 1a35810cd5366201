/**
 * The executor against real Neo4j: named queries, transaction metadata that SHOW TRANSACTIONS
 * reports, templates filled only with identifiers, and what it tells its query log.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDriver } from "../../../test/neo4jForTests.ts";
import { Executor } from "./executor.ts";

let driver: Driver;
const logged: Array<{ source: string; mode: string; rows: number }> = [];
let executor: Executor;

beforeAll(() => {
  driver = testDriver();
  executor = new Executor(driver, "neo4j", { app: "executor-test", onQuery: (entry) => logged.push(entry) });
});
afterAll(() => driver.close());

async function shownMetadata(): Promise<Array<{ app?: string; source?: string }>> {
  const { records } = await driver.executeQuery("SHOW TRANSACTIONS YIELD metaData RETURN metaData");
  return records.map((record) => record.get("metaData") as { app?: string; source?: string });
}

describe("Executor", () => {
  it("runs a named query and logs its name, mode and rows", async () => {
    const rows = await executor.read("overview/graph-stats");
    expect(Number((rows[0]?.stats as { actors: number }).actors)).toBeGreaterThan(0);
    expect(logged).toContainEqual(expect.objectContaining({ source: "overview/graph-stats", mode: "READ", rows: 1 }));
  });

  it("names every open transaction in SHOW TRANSACTIONS: {app, source}", async () => {
    await executor.withConsoleSession(10, async (open) => {
      const tx = open("console/probe", 10_000);
      await tx.run("RETURN 1");
      expect(await shownMetadata()).toContainEqual({ app: "executor-test", source: "console/probe" });
      await tx.rollback();
    });
    const request = executor.beginRead("graphql");
    await request.transaction.run("RETURN 1");
    expect(await shownMetadata()).toContainEqual({ app: "executor-test", source: "graphql" });
    await request.close();
  });

  it("fills a template's placeholder only with an identifier", async () => {
    const attempt = executor.transaction("WRITE", "seed/merge-relationships", (tx) =>
      tx.run("seed/merge-relationships", { relationships: [] }, { TYPE: "MEMBER_OF]->() DETACH DELETE (" }),
    );
    await expect(attempt).rejects.toThrow(/is not an identifier for __TYPE__/);
  });

  it("keeps every session's bookmarks in one manager, so a later read waits for the write", async () => {
    const before = [...(await executor.bookmarks.getBookmarks())];
    const [written] = await executor.write("curation/record-audit", {
      who: "executor-test",
      action: "bookmark probe",
      summary: "a probe",
      origin: "executor-test",
      actorIds: [],
      relationshipIds: [],
    });
    const after = [...(await executor.bookmarks.getBookmarks())];
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    await driver.executeQuery("MATCH (e:AuditEntry {id: $id}) DELETE e", { id: written!.id });
  });

  it("streams a named query's rows as they come, named in SHOW TRANSACTIONS, and logs their number", async () => {
    const [stats] = await executor.read("overview/graph-stats");
    const actors = Number((stats!.stats as { actors: number }).actors);
    const ids: string[] = [];
    let shownWhileStreaming: Promise<Array<{ app?: string; source?: string }>> | undefined;
    const count = await executor.stream(
      "analysis/whole-graph",
      {},
      (row) => {
        ids.push(row.id as string);
        shownWhileStreaming ??= shownMetadata();
      },
      7,
    );
    expect(count).toBe(actors);
    expect(new Set(ids).size).toBe(actors);
    expect(await shownWhileStreaming).toContainEqual({ app: "executor-test", source: "analysis/whole-graph" });
    expect(logged).toContainEqual(
      expect.objectContaining({ source: "analysis/whole-graph", mode: "READ", rows: actors }),
    );
  });

  it("rejects a stream with the caller's own error when a row is refused", async () => {
    const refused = executor.stream(
      "analysis/whole-graph",
      {},
      (row) => {
        throw new Error(`refused ${String(row.id)}`);
      },
      7,
    );
    await expect(refused).rejects.toThrow(/^refused /);
  });
});
