/**
 * Reviewed lists: the heuristic checks of seed:check (near-duplicate names, evidence shape) fail
 * on every finding a reviewer has not accepted in a JSON file, with the reason it stands.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DatasetError } from "@atlas/model";

const reason = z.string().trim().min(10, "must say why the finding stands (at least a few words)");

export const reviewedPairSchema = z.strictObject({ a: z.string(), b: z.string(), reason });
export const reviewedEvidenceSchema = z.strictObject({ source: z.string(), quote: z.string(), reason });

export type ReviewedPair = z.infer<typeof reviewedPairSchema>;
export type ReviewedEvidence = z.infer<typeof reviewedEvidenceSchema>;

export const REVIEWED_NEAR_DUPLICATES = "reviewed-near-duplicates.json";
export const REVIEWED_EVIDENCE = "reviewed-evidence.json";

/** Reads a reviewed list from the dataset folder; a missing file is an empty list. */
export function readReviewedList<T>(dir: string, name: string, schema: z.ZodType<T>): T[] {
  const file = path.join(dir, name);
  if (!existsSync(file)) return [];
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new DatasetError([{ file: name, reason: `not valid JSON: ${(error as Error).message}` }]);
  }
  const parsed = z.array(schema).safeParse(value);
  if (!parsed.success) {
    throw new DatasetError(
      parsed.error.issues.map((issue) => ({ file: name, record: issue.path.join("."), reason: issue.message })),
    );
  }
  return parsed.data;
}
