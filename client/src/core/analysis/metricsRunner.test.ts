import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MetricsInput, MetricsMessage, MetricsRequest } from "./metricsProtocol.ts";
import { createMetricsRunner, DEBOUNCE_MS, type RunnerEvent, type WorkerLike } from "./metricsRunner.ts";
import { runMetrics } from "./runMetrics.ts";

/**
 * A worker that computes for real, on the same thread, when the test says: the runner's
 * debouncing and dropping of stale answers are what is under test, not threads.
 */
class InThreadWorker implements WorkerLike {
  static created: InThreadWorker[] = [];
  onmessage: ((event: MessageEvent<MetricsMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: MetricsRequest[] = [];
  terminated = false;
  constructor() {
    InThreadWorker.created.push(this);
  }
  postMessage(message: unknown): void {
    this.received.push(message as MetricsRequest);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers one request as the real worker would. */
  answer(request: MetricsRequest): void {
    const send = (data: MetricsMessage) => this.onmessage?.({ data } as MessageEvent<MetricsMessage>);
    const metrics = runMetrics(
      request.input,
      (done, total, metric) => send({ id: request.id, kind: "progress", done, total, metric }),
      ["degree"],
    );
    send({ id: request.id, kind: "done", metrics });
  }
}

const view = (...nodes: string[]): MetricsInput => ({
  nodes,
  sources: new Uint32Array(),
  targets: new Uint32Array(),
  directed: new Uint8Array(),
});

describe("createMetricsRunner", () => {
  let events: RunnerEvent[];
  beforeEach(() => {
    vi.useFakeTimers();
    InThreadWorker.created = [];
    events = [];
  });
  afterEach(() => vi.useRealTimers());

  const start = () =>
    createMetricsRunner(
      (event) => events.push(event),
      () => new InThreadWorker(),
    );

  it("asks once for views requested within the debounce, with the last of them", () => {
    const runner = start();
    runner.request(view("a"));
    runner.request(view("a", "b"));
    vi.advanceTimersByTime(DEBOUNCE_MS);
    const [worker] = InThreadWorker.created;
    expect(worker!.received.map((r) => r.input.nodes)).toEqual([["a", "b"]]);
    worker!.answer(worker!.received[0]!);
    expect(events.map((e) => e.kind)).toEqual(["started", "progress", "done"]);
    expect(events.at(-1)).toMatchObject({ kind: "done", metrics: { nodes: ["a", "b"] } });
  });

  it("ends a worker busy with an older view and drops that view's late answer", () => {
    const runner = start();
    runner.request(view("old"));
    vi.advanceTimersByTime(DEBOUNCE_MS);
    runner.request(view("new"));
    vi.advanceTimersByTime(DEBOUNCE_MS);
    const [first, second] = InThreadWorker.created;
    expect(first!.terminated).toBe(true);
    first!.answer(first!.received[0]!);
    expect(events.filter((e) => e.kind === "done")).toEqual([]);
    second!.answer(second!.received[0]!);
    expect(events.filter((e) => e.kind === "done")).toMatchObject([{ metrics: { nodes: ["new"] } }]);
  });

  it("keeps one worker while it is idle, and reports a failed worker as an error", () => {
    const runner = start();
    runner.request(view("a"));
    vi.advanceTimersByTime(DEBOUNCE_MS);
    const worker = InThreadWorker.created[0]!;
    worker.answer(worker.received[0]!);
    runner.request(view("b"));
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(InThreadWorker.created).toHaveLength(1);
    worker.onerror?.({ message: "boom" } as ErrorEvent);
    expect(events.at(-1)).toEqual({ kind: "error", message: "metrics: the worker failed: boom" });
    expect(worker.terminated).toBe(true);
  });
});
