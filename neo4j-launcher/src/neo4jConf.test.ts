import { describe, expect, it } from "vitest";
import { toNeo4jConf } from "./neo4jConf.ts";

describe("toNeo4jConf", () => {
  const conf = toNeo4jConf({
    boltPort: 7699,
    pageCache: "256m",
    transactionTimeout: "30s",
    transactionMemory: "256m",
    transactionMemoryTotal: "512m",
  });
  const settings = Object.fromEntries(
    conf
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => line.split("=") as [string, string]),
  );

  it("listens on loopback only, with authentication on", () => {
    expect(settings["server.bolt.listen_address"]).toBe("127.0.0.1:7699");
    expect(settings["dbms.security.auth_enabled"]).toBe("true");
    expect(settings["server.http.enabled"]).toBe("false");
  });

  it("bounds transactions and closes file access", () => {
    expect(settings["db.transaction.timeout"]).toBe("30s");
    expect(settings["db.memory.transaction.max"]).toBe("256m");
    expect(settings["dbms.memory.transaction.total.max"]).toBe("512m");
    expect(settings["dbms.security.allow_csv_import_from_file_urls"]).toBe("false");
    expect(settings["server.memory.pagecache.size"]).toBe("256m");
  });
});
