/**
 * docker-compose.yml and deploy/compose.replicas.yml are checked here without a Docker engine
 * (none runs on our machines): their structure and settings are parsed and asserted;
 * `docker compose config` runs too when the compose plugin is installed.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { toSafetySettings } from "@atlas/neo4j-launcher";
import { loadConfig } from "../server/src/config.ts";

const file = path.resolve(import.meta.dirname, "..", "docker-compose.yml");
const compose = parse(readFileSync(file, "utf8"));
const replicasFile = path.resolve(import.meta.dirname, "..", "deploy", "compose.replicas.yml");
const replicas = parse(readFileSync(replicasFile, "utf8"));
const hasComposePlugin = spawnSync("docker", ["compose", "version"], { encoding: "utf8" }).status === 0;

/** The launcher's safety limits as the neo4j image's variables ("." becomes "_", "_" becomes "__"). */
const launcherLimits = Object.entries(toSafetySettings(loadConfig({}).local)).map(([name, value]): [string, string] => [
  `NEO4J_${name.replaceAll("_", "__").replaceAll(".", "_")}`,
  value,
]);

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
    for (const [variable, value] of launcherLimits) expect(neo4j.environment[variable], variable).toBe(value);
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

describe("deploy/compose.replicas.yml", () => {
  const apps = ["app-1", "app-2"].map((name) => replicas.services[name]);

  it("runs Neo4j 5.26 Community with the same limits as the local launcher", () => {
    const neo4j = replicas.services.neo4j;
    expect(neo4j.image).toBe("neo4j:5.26-community");
    for (const [variable, value] of launcherLimits) expect(neo4j.environment[variable], variable).toBe(value);
  });

  it("runs two identical app instances that never seed and trust exactly the proxy's hop", () => {
    expect(apps[0].environment).toEqual(apps[1].environment);
    for (const app of apps) {
      // Variables left to the operator (${NEO4J_PASSWORD}, ${CURATION_TOKEN:-}) as compose fills them unset.
      const filled = Object.fromEntries(
        Object.entries(app.environment as Record<string, string>).map(([key, value]) => [
          key,
          value.startsWith("${") ? "" : value,
        ]),
      );
      expect(loadConfig({ ...filled, NEO4J_PASSWORD: "a-password" })).toMatchObject({
        neo4j: { uri: "bolt://neo4j:7687" },
        seed: { onStart: false },
        trustProxy: 1,
      });
      expect(app.ports).toBeUndefined();
      expect(app.depends_on.neo4j.condition).toBe("service_healthy");
    }
    expect(replicas.services.seed.command).toEqual(["npm", "run", "seed"]);
  });

  it("balances the proxy over both instances, checked on /readyz", () => {
    const caddyfile: string = replicas.configs.caddyfile.content;
    expect(caddyfile).toMatch(/reverse_proxy app-1:4000 app-2:4000/);
    expect(caddyfile).toMatch(/health_uri \/readyz/);
    expect(replicas.services.proxy.configs).toEqual([{ source: "caddyfile", target: "/etc/caddy/Caddyfile" }]);
  });

  it.skipIf(!hasComposePlugin)("is valid for docker compose config", () => {
    const result = spawnSync("docker", ["compose", "-f", replicasFile, "config", "--quiet"], {
      encoding: "utf8",
      env: { ...process.env, NEO4J_PASSWORD: "a-password" },
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
