import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_LOCAL_PASSWORD, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("uses a local Neo4j with the documented defaults when NEO4J_URI is unset", () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.password).toBe(DEFAULT_LOCAL_PASSWORD);
    expect(config.http.port).toBe(4000);
    expect(config.local.boltPort).toBe(7687);
    expect(config.serveClient).toBe(true);
    expect(loadConfig({ SERVE_CLIENT: "false" }).serveClient).toBe(false);
  });

  it("uses the given server when NEO4J_URI is set", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_PASSWORD: "secret-password" });
    expect(config.neo4j).toMatchObject({
      uri: "neo4j+s://abc.databases.neo4j.io",
      user: "neo4j",
      password: "secret-password",
    });
  });

  it("isolates the public console with a small pool and in-flight caps by default", () => {
    const config = loadConfig({});
    expect(config.consoleIsolation).toEqual({
      poolSize: 4,
      maxInFlightPerClient: 1,
      maxInFlight: 2,
      workerHeapMb: 512,
    });
    expect(loadConfig({ CONSOLE_WORKER_HEAP_MB: "1024" }).consoleIsolation.workerHeapMb).toBe(1024);
    expect(config.trustProxy).toBe(false);
    expect(config.graphql.maxCost).toBe(50_000);
  });

  it.each([
    ["false", false],
    ["1", 1],
    ["loopback, 10.0.0.0/8", ["loopback", "10.0.0.0/8"]],
  ])("reads TRUST_PROXY=%s as Express's trust proxy setting", (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each([
    [{ PORT: "http" }, /^config: PORT /],
    [{ PORT: "70000" }, /^config: PORT /],
    [
      { NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "12345678" },
      /^config: NEO4J_URI must be a neo4j:\/\/ or bolt:\/\/ URI/,
    ],
    [{ NEO4J_URI: "bolt://localhost:7687" }, /^config: NEO4J_PASSWORD is required when NEO4J_URI is set$/],
    [{ NEO4J_PASSWORD: "short" }, /^config: NEO4J_PASSWORD must be at least 8 characters/],
    [{ LOCAL_NEO4J_HEAP: "lots" }, /^config: LOCAL_NEO4J_HEAP must be a size/],
    [{ NEO4J_TX_TIMEOUT: "forever" }, /^config: NEO4J_TX_TIMEOUT must be a duration/],
    [{ SEED_ON_START: "yes" }, /^config: SEED_ON_START /],
    [{ SERVE_CLIENT: "no" }, /^config: SERVE_CLIENT /],
    [{ LOG_LEVEL: "loud" }, /^config: LOG_LEVEL /],
    [{ TRUST_PROXY: "true" }, /^config: TRUST_PROXY must not be true/],
    [{ TRUST_PROXY: "1; drop" }, /^config: TRUST_PROXY must be false, a hop count/],
    [{ CONSOLE_POOL_SIZE: "0" }, /^config: CONSOLE_POOL_SIZE /],
    [{ CONSOLE_MAX_IN_FLIGHT_PER_CLIENT: "3" }, /^config: CONSOLE_MAX_IN_FLIGHT_PER_CLIENT must not exceed/],
    [{ CONSOLE_MAX_IN_FLIGHT: "8" }, /^config: CONSOLE_MAX_IN_FLIGHT must not exceed CONSOLE_POOL_SIZE/],
    [{ GRAPHQL_MAX_COST: "ten" }, /^config: GRAPHQL_MAX_COST /],
  ])("rejects %o with a one-line error naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });
});
