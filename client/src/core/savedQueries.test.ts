import { beforeEach, describe, expect, it } from "vitest";
import {
  deleteSaved,
  HISTORY_KEY,
  readHistory,
  readSaved,
  recordRun,
  SAVED_KEY,
  saveQuery,
  toCypherFile,
  toCypherFileName,
} from "./savedQueries.ts";

/** The part of Storage these functions use. */
class MemoryStorage {
  private values = new Map<string, string>();
  getItem = (key: string) => this.values.get(key) ?? null;
  setItem = (key: string, value: string) => void this.values.set(key, value);
}

let storage: Storage;
beforeEach(() => {
  storage = new MemoryStorage() as unknown as Storage;
});

const now = new Date("2026-01-02T03:04:05Z");

describe("saved queries", () => {
  it("saves, renames by saving again under the same name, and deletes", () => {
    saveQuery(storage, { name: " Cities ", query: "MATCH (c:City) RETURN c", params: "" }, now);
    saveQuery(storage, { name: "Networks", query: "MATCH (n:CityNetwork) RETURN n", params: "" }, now);
    saveQuery(storage, { name: "Cities", query: "MATCH (c:City) RETURN c.name", params: "" }, now);
    expect(readSaved(storage).map((s) => [s.name, s.query])).toEqual([
      ["Cities", "MATCH (c:City) RETURN c.name"],
      ["Networks", "MATCH (n:CityNetwork) RETURN n"],
    ]);
    expect(deleteSaved(storage, "Cities").map((s) => s.name)).toEqual(["Networks"]);
  });

  it("drops damaged entries instead of failing", () => {
    storage.setItem(
      SAVED_KEY,
      JSON.stringify([{ name: "ok", query: "RETURN 1", params: "", savedAt: "x" }, { name: 1 }]),
    );
    expect(readSaved(storage).map((s) => s.name)).toEqual(["ok"]);
    storage.setItem(HISTORY_KEY, "{not json");
    expect(readHistory(storage)).toEqual([]);
  });

  it("keeps the history most recent first, without repeats", () => {
    recordRun(storage, "RETURN 1");
    recordRun(storage, "RETURN 2");
    expect(recordRun(storage, "RETURN 1")).toEqual(["RETURN 1", "RETURN 2"]);
  });

  it("exports a .cypher file with a header comment", () => {
    const file = toCypherFile({
      name: "Cities by name",
      query: "MATCH (c:City {name: $name})\nRETURN c\n",
      params: '{\n  "name": "Athens"\n}',
      savedAt: now.toISOString(),
    });
    expect(file).toBe(
      [
        "// Title: Cities by name",
        "// Saved: 2026-01-02T03:04:05.000Z from the Solidarity Atlas Cypher console",
        '// Parameters: { "name": "Athens" }',
        "// READ",
        "MATCH (c:City {name: $name})",
        "RETURN c",
        "",
      ].join("\n"),
    );
    expect(toCypherFileName("Cities by name!")).toBe("cities-by-name.cypher");
    expect(toCypherFileName("###")).toBe("query.cypher");
  });
});
