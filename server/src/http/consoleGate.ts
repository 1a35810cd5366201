/**
 * Caps the public console's queries in flight, per client and in total, so that a few runaway
 * queries from one client can neither hold every connection of the console's own pool nor starve
 * other console users. Beyond a cap the answer is 429 at once with Retry-After, never a queue:
 * a queue would only hold the attacker's sockets open. The caps are per app instance.
 */
import type { Request, Response } from "express";

export interface ConsoleGateLimits {
  maxInFlightPerClient: number;
  maxInFlight: number;
  /** How long a slot can be held at most (the console's query timeout): the Retry-After. */
  timeoutMs: number;
}

export class ConsoleGate {
  private readonly perClient = new Map<string, number>();
  private total = 0;

  constructor(private readonly limits: ConsoleGateLimits) {}

  get inFlight(): number {
    return this.total;
  }

  /**
   * Runs work in a slot of req's client, or answers 429 when none is free. The slot is released
   * when the work settles, not when the client hangs up: the query runs on until then.
   */
  async run(req: Request, res: Response, work: () => Promise<void>): Promise<void> {
    const client = req.ip ?? req.socket.remoteAddress ?? "unknown";
    const mine = this.perClient.get(client) ?? 0;
    const refusal =
      mine >= this.limits.maxInFlightPerClient
        ? `you already have ${mine} console ${mine === 1 ? "query" : "queries"} running (at most ${this.limits.maxInFlightPerClient} per client)`
        : this.total >= this.limits.maxInFlight
          ? `the console is running its maximum of ${this.limits.maxInFlight} queries`
          : undefined;
    if (refusal) {
      res
        .status(429)
        .setHeader("Retry-After", String(Math.ceil(this.limits.timeoutMs / 1000)))
        .json({ error: { code: "CONSOLE_BUSY", message: `Console busy: ${refusal}. Try again in a few seconds.` } });
      return;
    }
    this.perClient.set(client, mine + 1);
    this.total++;
    try {
      await work();
    } finally {
      this.total--;
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left > 0) this.perClient.set(client, left);
      else this.perClient.delete(client);
    }
  }
}
