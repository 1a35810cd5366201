import { toSafetySettings } from "@atlas/neo4j-launcher";
import { describe, expect, it } from "vitest";
import { findWeakerSettings, parseDuration, parseSize } from "./safetySettings.ts";

const ours = toSafetySettings({ transactionTimeout: "60s", transactionMemory: "512m", transactionMemoryTotal: "768m" });
/** What Neo4j 5.26's SHOW SETTINGS answered for a server started with `ours` (its own formats). */
const asShownBy526 = {
  "db.transaction.timeout": "1m",
  "db.memory.transaction.max": "512.00MiB",
  "dbms.memory.transaction.total.max": "768.00MiB",
  "db.lock.acquisition.timeout": "10s",
  "dbms.security.allow_csv_import_from_file_urls": "false",
  "dbms.cypher.forbid_exhaustive_shortestpath": "true",
};

describe("parseDuration and parseSize", () => {
  it("read our config's and Neo4j's formats alike", () => {
    expect(parseDuration("60s")).toBe(parseDuration("1m"));
    expect(parseDuration("1m30s")).toBe(90_000);
    expect(parseDuration("500ms")).toBe(500);
    expect(parseDuration("0s")).toBe(0);
    expect(parseSize("512m")).toBe(parseSize("512.00MiB"));
    expect(parseSize("1g")).toBe(1024 ** 3);
    expect(parseSize("1073741824")).toBe(1024 ** 3);
    expect(parseSize("0B")).toBe(0);
  });

  it("refuse what is neither", () => {
    expect(parseDuration("soon")).toBeUndefined();
    expect(parseDuration("1m tomorrow")).toBeUndefined();
    expect(parseSize("lots")).toBeUndefined();
  });
});

describe("findWeakerSettings", () => {
  it("finds nothing when the server has every limit, written its own way", () => {
    expect(findWeakerSettings(ours, asShownBy526)).toEqual([]);
  });

  it("accepts stricter limits", () => {
    const stricter = { ...asShownBy526, "db.transaction.timeout": "30s", "db.memory.transaction.max": "256.00MiB" };
    expect(findWeakerSettings(ours, stricter)).toEqual([]);
  });

  it("names each setting that is unset (0), larger, different or not shown", () => {
    const { "db.lock.acquisition.timeout": _hidden, ...shown } = asShownBy526;
    const weaker = findWeakerSettings(ours, {
      ...shown,
      "db.transaction.timeout": "0s",
      "db.memory.transaction.max": "2.00GiB",
      "dbms.security.allow_csv_import_from_file_urls": "true",
    });
    expect(weaker).toEqual([
      "dbms.security.allow_csv_import_from_file_urls is true (ours false)",
      "db.transaction.timeout is 0s: no limit (ours 60s)",
      "db.memory.transaction.max is 2.00GiB (ours 512m)",
      "db.lock.acquisition.timeout is not visible (ours 10s)",
    ]);
  });

  it("says when a value cannot be compared instead of guessing", () => {
    expect(findWeakerSettings(ours, { ...asShownBy526, "db.transaction.timeout": "forever" })).toEqual([
      "db.transaction.timeout is forever, not comparable (ours 60s)",
    ]);
  });
});
