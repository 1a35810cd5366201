/**
 * One Neo4j session per GraphQL request, however many root fields it asks for: given the driver,
 * @neo4j/graphql opens one session per root field instead (the baseline below shows it).
 */
import type { Driver } from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { testDriver } from "../../../test/neo4jForTests.ts";
import { createLogger } from "../logger.ts";
import { Neo4jAvailability } from "../neo4j/availability.ts";
import { Executor } from "../neo4j/executor.ts";
import { newRequestContext, startApolloServer, type GraphqlContext } from "./apolloServer.ts";
import { buildSchema } from "./schema.ts";

const driver = testDriver();
let sessions = 0;
/** The test driver, counting the sessions opened through it. */
const counting = new Proxy(driver, {
  get(target, property) {
    if (property === "session")
      return (...args: Parameters<Driver["session"]>) => {
        sessions++;
        return target.session(...args);
      };
    const value = Reflect.get(target, property, target) as unknown;
    return typeof value === "function" ? value.bind(target) : value;
  },
});

const executor = new Executor(counting, "neo4j");

afterAll(async () => {
  await driver.close();
});

const FIVE_ROOT_FIELDS = `{
  a: search(text: "ber") { id }
  b: search(text: "ath") { id }
  c: actors(limit: 3) { id memberOf { id } }
  d: graphStats { actors }
  e: neighbourhood(id: "bremen") { nodes { id } }
}`;

async function sessionsFor(contextValue: GraphqlContext): Promise<number> {
  const apollo = await startApolloServer<GraphqlContext>({
    schema: await buildSchema(executor),
    availability: new Neo4jAvailability(driver),
    logger: createLogger("silent"),
    maxCost: 50_000,
  });
  try {
    sessions = 0;
    const response = await apollo.executeOperation({ query: FIVE_ROOT_FIELDS }, { contextValue });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    expect(response.body.singleResult.errors).toBeUndefined();
    expect(Object.keys(response.body.singleResult.data ?? {})).toEqual(["a", "b", "c", "d", "e"]);
    return sessions;
  } finally {
    await apollo.stop();
  }
}

describe("GraphQL sessions", () => {
  it("opens one session for a request with five root fields", async () => {
    expect(await sessionsFor(newRequestContext(executor))).toBe(1);
  });

  it("(baseline) would open one per root field if given the driver", async () => {
    const perField = { ...newRequestContext(executor), executionContext: counting as never };
    expect(await sessionsFor(perField)).toBe(5);
  });
});
