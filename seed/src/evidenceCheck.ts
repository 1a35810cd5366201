/**
 * Every evidence item must cite the document whose folder holds its record, a document listed in
 * sources.json, and (when the documents are at hand) a quote that occurs in it verbatim.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { normaliseWhitespace, type DatasetIssue, type Evidence, type SourceRecord } from "@atlas/model";
import type { Located } from "./readDataset.ts";

export type EvidenceCheck = (located: Located<unknown>, name: string, evidence: Evidence[]) => void;

export function evidenceChecker(
  sources: SourceRecord[],
  documentsDir: string | undefined,
  issues: DatasetIssue[],
): EvidenceCheck {
  const sourceIds = new Set(sources.map((s) => s.id));
  const documents = documentsDir ? readDocuments(documentsDir, sourceIds, issues) : undefined;
  return (located, name, evidence) => {
    for (const item of evidence) {
      if (item.source !== located.document) {
        issues.push({
          file: located.file,
          line: located.line,
          record: name,
          reason: `evidence cites "${item.source}" but the record sits in the folder of "${located.document}"`,
        });
      } else if (!sourceIds.has(item.source)) {
        issues.push({
          file: located.file,
          line: located.line,
          record: name,
          reason: `source "${item.source}" is not in sources.json`,
        });
      } else if (documents) {
        const text = documents.get(item.source);
        if (text !== undefined && !text.includes(normaliseWhitespace(item.quote))) {
          issues.push({
            file: located.file,
            line: located.line,
            record: name,
            reason: `quote not found verbatim in ${item.source}: "${item.quote.slice(0, 80)}"`,
          });
        }
      }
    }
  };
}

function readDocuments(dir: string, sourceIds: Set<string>, issues: DatasetIssue[]): Map<string, string> {
  const documents = new Map<string, string>();
  for (const id of sourceIds) {
    const file = path.join(dir, id);
    if (!existsSync(file)) {
      issues.push({ file: "sources.json", record: id, reason: `document not found at ${file}` });
      continue;
    }
    documents.set(id, normaliseWhitespace(readFileSync(file, "utf8")));
  }
  return documents;
}
