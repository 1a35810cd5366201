/**
 * Whether Neo4j answers, known at all times: a probe every second, and any request that fails
 * to reach the database marks it down at once. While it is down the API answers 503 straight
 * away instead of letting callers wait for the driver's connection timeout; the driver itself
 * reconnects when Neo4j is back, and the next probe marks it up.
 */
import type { Driver } from "neo4j-driver";

export interface AvailabilityState {
  up: boolean;
  since: string;
  lastError: string | null;
}

export class Neo4jAvailability {
  private state: AvailabilityState = { up: true, since: new Date().toISOString(), lastError: null };
  private timer: NodeJS.Timeout | undefined;
  private probing = false;

  constructor(
    private readonly driver: Driver,
    private readonly intervalMs = 1000,
  ) {}

  start(): this {
    this.timer = setInterval(() => void this.probe(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  get current(): AvailabilityState {
    return this.state;
  }

  markDown(error: unknown): void {
    if (this.state.up)
      this.state = {
        up: false,
        since: new Date().toISOString(),
        lastError: String((error as Error)?.message ?? error),
      };
  }

  async probe(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      await this.driver.verifyConnectivity();
      if (!this.state.up) this.state = { up: true, since: new Date().toISOString(), lastError: null };
    } catch (error) {
      this.markDown(error);
    } finally {
      this.probing = false;
    }
  }
}

/** Errors that mean "the database is not reachable", not "the query was wrong". */
export function isUnavailableError(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? "";
  return (
    code === "ServiceUnavailable" ||
    code === "SessionExpired" ||
    /ECONNREFUSED|ECONNRESET|connection.*(closed|refused)/i.test(String((error as Error)?.message))
  );
}
