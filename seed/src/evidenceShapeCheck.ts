/** seed:check's evidence-shape rule over every relationship quote, against the reviewed list. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { normaliseWhitespace, relationshipName, type DatasetIssue } from "@atlas/model";
import { ATTRIBUTION_TYPES, Paragraphs, findShapeProblem } from "./evidenceShape.ts";
import type { RawDataset } from "./readDataset.ts";
import { REVIEWED_EVIDENCE, type ReviewedEvidence } from "./reviewedList.ts";

export function checkEvidenceShape(
  raw: RawDataset,
  documentsDir: string,
  reviewed: ReviewedEvidence[],
): DatasetIssue[] {
  const accepted = new Map(reviewed.map((entry) => [key(entry.source, entry.quote), entry]));
  const used = new Set<string>();
  const paragraphs = new Map<string, Paragraphs>();
  const paragraphsOf = (source: string) => {
    let found = paragraphs.get(source);
    if (!found) {
      const file = path.join(documentsDir, source);
      found = new Paragraphs(existsSync(file) ? readFileSync(file, "utf8") : "");
      paragraphs.set(source, found);
    }
    return found;
  };

  const issues: DatasetIssue[] = [];
  for (const { record, file, line } of raw.relationships) {
    if (ATTRIBUTION_TYPES.has(record.type)) continue;
    for (const { source, quote } of record.evidence) {
      const problem = findShapeProblem(quote, paragraphsOf(source).find(quote));
      if (!problem) continue;
      const k = key(source, quote);
      if (accepted.has(k)) {
        used.add(k);
        continue;
      }
      issues.push({
        file,
        line,
        record: relationshipName(record),
        reason: `evidence looks like ${problem}: quote the sentence that states it, or accept it in ${REVIEWED_EVIDENCE} (“${quote.slice(0, 60)}”)`,
      });
    }
  }
  for (const entry of reviewed) {
    if (!used.has(key(entry.source, entry.quote))) {
      issues.push({
        file: REVIEWED_EVIDENCE,
        record: entry.quote.slice(0, 60),
        reason: "no relationship quote needs this exception any more: remove it",
      });
    }
  }
  return issues;
}

function key(source: string, quote: string): string {
  return `${source}\n${normaliseWhitespace(quote)}`;
}
