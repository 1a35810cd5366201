/**
 * A worker thread of parallelValidate.ts: parses and checks blocks of JSONL lines alone
 * (checkRow) and formats the valid records as lines of the import tool's CSV when told the origin.
 * It answers each block with its rows in line order; the main thread applies them in turn.
 */
import type { DatasetIssue } from "@atlas/model";
import { parentPort, workerData } from "node:worker_threads";
import { checkRow, TO_NOTHING, toImportToolLines, type Checked } from "./checkRecord.ts";
import { toWire } from "./checkedWire.ts";
import { jsonlBlockRows, type JsonlBlock } from "./readImportStream.ts";

export interface CheckJob extends JsonlBlock {
  id: number;
  /** The file's name, as rows and issues name it. */
  file: string;
}

/** The block's rows in line order, flat (checkedWire.ts). */
export type CheckReply = { id: number; wire: unknown[] } | { id: number; error: string };

export interface CheckWorkerSettings {
  /** The origin written on each CSV line; without it nothing is formatted (a check only). */
  origin?: string;
}

const { origin } = workerData as CheckWorkerSettings;
const output = origin === undefined ? TO_NOTHING : toImportToolLines(origin);
const port = parentPort!;

port.on("message", (job: CheckJob) => {
  let reply: CheckReply;
  try {
    const rows: Checked[] = [];
    const issues = { push: (issue: DatasetIssue) => rows.push({ kind: "issue", issue }) };
    for (const row of jsonlBlockRows(job, job.file, issues)) rows.push(checkRow(row, output));
    reply = { id: job.id, wire: toWire(rows) };
  } catch (error) {
    reply = { id: job.id, error: (error as Error).message };
  }
  port.postMessage(reply);
});
