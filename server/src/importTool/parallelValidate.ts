/**
 * The checks of a JSONL import on worker threads (validateWorker.ts): the main thread reads the
 * file in blocks of whole lines (undecoded), hands them out, and applies the answers in line order
 * (StreamValidator.apply): duplicates, references, counts and the written lines stay exactly as
 * one thread makes them. A bounded number of blocks is in flight: reading waits on the oldest.
 */
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { startTsxWorker } from "../tsxWorker.ts";
import type { Checked } from "./checkRecord.ts";
import { forEachFromWire } from "./checkedWire.ts";
import type { KeptLines } from "./csvBlocks.ts";
import { jsonlByteBlocks } from "./jsonlByteBlocks.ts";
import type { CheckJob, CheckReply, CheckWorkerSettings } from "./validateWorker.ts";

/** Blocks (about 256 KB each) in flight per worker: one checked while the next waits, so none idles. */
const IN_FLIGHT_PER_WORKER = 2;

export interface ParallelOptions extends CheckWorkerSettings {
  workers: number;
}

export async function validateInWorkers(
  file: string,
  { workers, origin }: ParallelOptions,
  apply: (row: Checked) => void,
  /** Where the CSV lines of each block go, those of the rows `apply` keeps; given with an origin. */
  kept?: KeptLines,
): Promise<void> {
  const pool = new CheckPool(workers, { origin });
  const name = path.basename(file);
  const pending: Array<Promise<Answer>> = [];
  let before = 0;
  const applyOldest = async () => {
    const { wire, lines, csv } = await pending.shift()!;
    kept?.begin(csv!);
    forEachFromWire(wire, name, before, apply);
    kept?.end();
    before += lines;
  };
  try {
    let first = true;
    for await (const bytes of jsonlByteBlocks(file)) {
      pending.push(pool.check({ file, bytes, first }));
      first = false;
      if (pending.length >= workers * IN_FLIGHT_PER_WORKER) await applyOldest();
    }
    while (pending.length > 0) await applyOldest();
  } finally {
    await pool.close();
  }
}

/** A block's checked rows, as a worker answers them. */
type Answer = Omit<Extract<CheckReply, { wire: unknown }>, "id">;

interface Waiting {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
}

/** Workers that each take blocks in turn; the one with the fewest in hand gets the next. */
class CheckPool {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private closing = false;
  /** Set once a worker is lost: later blocks fail at once rather than wait on it. */
  private failure: Error | undefined;

  constructor(count: number, settings: CheckWorkerSettings) {
    for (let i = 0; i < count; i++) this.workers.push(this.spawn(i, settings));
  }

  check(block: Omit<CheckJob, "id">): Promise<Answer> {
    const worker = this.load.indexOf(Math.min(...this.load));
    const job: CheckJob = { id: this.nextId++, ...block };
    const answer = this.failure
      ? Promise.reject(this.failure)
      : new Promise<Answer>((resolve, reject) => this.waiting.set(job.id, { resolve, reject }));
    // Awaited in order later: a failure before then must not count as unhandled.
    answer.catch(() => undefined);
    this.load[worker]!++;
    // Moved, not copied: the block is the worker's from here on.
    this.workers[worker]!.postMessage(job, [job.bytes.buffer]);
    return answer;
  }

  async close(): Promise<void> {
    this.closing = true;
    this.failAll(new Error("import: the validation stopped"));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private spawn(index: number, settings: CheckWorkerSettings): Worker {
    const worker = startTsxWorker(new URL("./validateWorker.ts", import.meta.url), { workerData: settings });
    this.load.push(0);
    worker.on("message", (reply: CheckReply) => {
      const waiting = this.waiting.get(reply.id);
      if (!waiting) return;
      this.waiting.delete(reply.id);
      this.load[index]!--;
      if ("error" in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply);
    });
    // The rows must all be applied in order: one worker lost fails the whole check.
    worker.on("error", (error) => this.failAll(new Error(`import: a validation worker failed: ${error.message}`)));
    worker.on("exit", () => this.closing || this.failAll(new Error("import: a validation worker stopped")));
    return worker;
  }

  private failAll(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
