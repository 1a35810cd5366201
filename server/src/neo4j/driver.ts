import neo4j, { type Driver } from "neo4j-driver";

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
  /** Connections this driver may open; the public console gets its own small pool. */
  poolSize?: number;
}

export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    // Fail fast when Neo4j is away instead of queueing callers for a minute.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: settings.poolSize ?? 50,
    disableLosslessIntegers: false,
    userAgent: "solidarity-atlas",
  });
}

/** Waits until Neo4j answers, retrying while it starts; throws with the last error after the timeout. */
export async function waitForNeo4j(driver: Driver, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await driver.getServerInfo();
      return;
    } catch (error) {
      lastError = error;
      if (isAuthError(error)) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`neo4j: no answer from the database: ${(lastError as Error)?.message ?? "timeout"}`);
}

function isAuthError(error: unknown): boolean {
  return (error as { code?: string })?.code === "Neo.ClientError.Security.Unauthorized";
}
