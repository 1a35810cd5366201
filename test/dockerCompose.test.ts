/**
 * docker-compose.yml is checked here without a Docker engine (none runs on our machines): its
 * structure and settings are parsed and asserted; `docker compose config` runs too when the
 * compose plugin is installed.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const file = path.resolve(import.meta.dirname, "..", "docker-compose.yml");
const compose = parse(readFileSync(file, "utf8"));
const hasComposePlugin = spawnSync("docker", ["compose", "version"], { encoding: "utf8" }).status === 0;

describe("docker-compose.yml", () => {
  it("runs Neo4j 5.26 Community with auth, a data volume, a healthcheck and the same limits as the local launcher", () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe("neo4j:5.26-community");
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\//);
    expect(neo4j.environment.NEO4J_dbms_security_allow__csv__import__from__file__urls).toBe("false");
    expect(neo4j.environment.NEO4J_db_transaction_timeout).toBeDefined();
    expect(neo4j.environment.NEO4J_db_memory_transaction_max).toBeDefined();
    expect(neo4j.volumes).toContain("neo4j-data:/data");
    expect(neo4j.healthcheck.test.join(" ")).toContain("cypher-shell");
    expect(compose.volumes).toHaveProperty("neo4j-data");
  });

  it("starts the app against that Neo4j once it is healthy", () => {
    const app = compose.services.app;
    expect(app.environment.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(app.depends_on.neo4j.condition).toBe("service_healthy");
    expect(app.ports).toContain("127.0.0.1:4000:4000");
    expect(app.build).toBe(".");
  });

  it.skipIf(!hasComposePlugin)("is valid for docker compose config", () => {
    const result = spawnSync("docker", ["compose", "-f", file, "config", "--quiet"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
