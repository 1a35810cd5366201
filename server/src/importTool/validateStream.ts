/**
 * Validates an import row by row as it streams, with the rules of the in-memory import
 * (curation/importRecords.ts): the same zod schemas and relationshipProblems, duplicate ids,
 * references to actors and sources. Each row is first checked alone (checkRecord.ts: here, or on
 * worker threads for a large JSONL file, parallelValidate.ts); StreamValidator
 * (streamValidator.ts) applies the rest in input order. Valid records go to the sink as they
 * come; the caller writes nothing to the database unless `finish` returns without throwing.
 */
import type { Actor, Relationship, SourceRecord } from "@atlas/model";
import { statSync } from "node:fs";
import os from "node:os";
import type { Existing } from "../curation/importRecords.ts";
import { checkRow, TO_NOTHING, TO_RECORDS, toImportToolLines, type RecordOutput } from "./checkRecord.ts";
import { KeptLines, type LineSink } from "./csvBlocks.ts";
import { validateInWorkers } from "./parallelValidate.ts";
import { readImportStream, type StreamInput } from "./readImportStream.ts";
import { StreamValidator, type Emit } from "./streamValidator.ts";

export interface RecordSink {
  source(record: SourceRecord): void;
  actor(actor: Actor): void;
  relationship(relationship: Relationship): void;
}

export interface ValidateOptions {
  /**
   * Worker threads that check and format the rows of a JSONL-only input (parallelValidate.ts);
   * by default one per core for a file of 32 MB or more, none (this thread) for less, on one core,
   * or with a RecordSink.
   */
  workers?: number;
}

/**
 * Reads and validates the whole input, handing valid records to the sink; `stored` says which of
 * the ids the import refers to but does not hold are in the database. Throws every problem.
 */
export async function validateStreamed(
  input: StreamInput,
  sink?: RecordSink | LineSink,
  stored?: (unresolved: ReturnType<StreamValidator["unresolved"]>) => Promise<Existing>,
  { workers = defaultWorkers(input) }: ValidateOptions = {},
): Promise<StreamValidator> {
  const lines = sink && "line" in sink ? sink : undefined;
  const jsonlOnly = input.jsonl && !input.json && !input.sourcesJson && !input.actorsCsv && !input.relationshipsCsv;
  const parallel = jsonlOnly && workers > 1 && (!sink || lines);
  // Lines encoded on workers go to the sink a block at a time, those the validator keeps.
  const kept = parallel && lines ? new KeptLines(lines) : undefined;
  const validator = new StreamValidator(kept ? kept.keep : emitTo(sink), lines !== undefined);
  if (parallel) {
    await validateInWorkers(input.jsonl!, { workers, origin: lines?.origin }, (row) => validator.apply(row), kept);
  } else {
    const output: RecordOutput<unknown, unknown, unknown> = lines
      ? toImportToolLines(lines.origin)
      : sink
        ? TO_RECORDS
        : TO_NOTHING;
    for await (const row of readImportStream(input, { push: (issue) => validator.report(issue) }))
      validator.apply(checkRow(row, output));
  }
  validator.finish(stored && (await stored(validator.unresolved())));
  return validator;
}

/** Below this a file takes less time to check than two workers take to start (about a second each). */
const PARALLEL_FROM_BYTES = 32 << 20;

function defaultWorkers({ jsonl }: StreamInput): number {
  // A file that cannot be read is left to the reader, which says so in the import's words.
  const size = jsonl ? (statSync(jsonl, { throwIfNoEntry: false })?.size ?? 0) : 0;
  return size >= PARALLEL_FROM_BYTES ? os.availableParallelism() : 0;
}

function emitTo(sink: RecordSink | LineSink | undefined): Emit {
  if (!sink) return () => undefined;
  if ("line" in sink) return (kind, out, numbers) => sink.line(kind, numbers + (out as string));
  return (kind, out) => sink[kind](out as never);
}
