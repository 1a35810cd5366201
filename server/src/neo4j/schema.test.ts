import { describe, expect, it } from "vitest";
import { applySchemaStatements, awaitIndexesOnline, type IndexState } from "./schema.ts";

/** Answers each SHOW INDEXES poll with the next of `answers` (the last one repeats), counting polls. */
function showIndexes(...answers: IndexState[][]) {
  const polls = { count: 0 };
  const run = async (statement: string) => {
    expect(statement).toMatch(/^SHOW INDEXES/);
    return answers[Math.min(polls.count++, answers.length - 1)]! as unknown as Array<Record<string, unknown>>;
  };
  return { run, polls };
}

const populating = (name: string, populationPercent: number): IndexState => ({
  name,
  state: "POPULATING",
  populationPercent,
  failureMessage: "",
});

describe("awaitIndexesOnline", () => {
  it("returns once no index is left outside ONLINE", async () => {
    const { run, polls } = showIndexes([populating("actor_names", 10)], [populating("actor_names", 80)], []);
    await awaitIndexesOnline(run, 60_000, 1);
    expect(polls.count).toBe(3);
  });

  it("stops at once on a FAILED index, with Neo4j's reason", async () => {
    const failed = { name: "actor_quotes", state: "FAILED", populationPercent: 0, failureMessage: "disk full" };
    const { run, polls } = showIndexes([failed, populating("actor_names", 10)]);
    await expect(awaitIndexesOnline(run, 60_000, 1)).rejects.toThrow('schema: index "actor_quotes" FAILED: disk full');
    expect(polls.count).toBe(1);
  });

  it("names each index still populating when the wait is over", async () => {
    const { run } = showIndexes([populating("actor_names", 42.25), populating("collaboration_quotes", 3)]);
    await expect(awaitIndexesOnline(run, 0, 1)).rejects.toThrow(
      'schema: not online after 0 s: index "actor_names" is POPULATING (42.3% populated); ' +
        'index "collaboration_quotes" is POPULATING (3.0% populated)',
    );
  });
});

describe("applySchemaStatements", () => {
  const statements = [
    "CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name] " +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
  ];
  const recording = (shown: Array<Record<string, unknown>>) => {
    const sent: string[] = [];
    const run = async (statement: string) => (sent.push(statement), statement.startsWith("SHOW") ? shown : []);
    return { run, sent };
  };
  const stale = [{ name: "actor_names", labelsOrTypes: ["Actor"], properties: ["name"], analyzer: "standard" }];

  it("rebuilds a full-text index left with another analyzer", async () => {
    const { run, sent } = recording(stale);
    await applySchemaStatements(run, statements, { awaitOnline: false });
    expect(sent.map((statement) => statement.split(" ").slice(0, 2).join(" "))).toEqual([
      "SHOW FULLTEXT",
      "DROP INDEX",
      "CREATE FULLTEXT",
    ]);
  });

  it("on a store with no index yet, creates at once: no look for stale ones", async () => {
    const { run, sent } = recording(stale);
    await applySchemaStatements(run, statements, { awaitOnline: false, newStore: true });
    expect(sent).toEqual(statements);
  });
});
