export interface DatasetIssue {
  file: string;
  line?: number;
  /** The record's id or "from -TYPE-> to". */
  record?: string | undefined;
  reason: string;
}

/** Everything wrong with a dataset at once, each issue with its file, line and record. */
export class DatasetError extends Error {
  override name = "DatasetError";

  constructor(
    readonly issues: DatasetIssue[],
    subject = "seed: the dataset",
  ) {
    super(
      `${subject} has ${issues.length} problem${issues.length === 1 ? "" : "s"}; nothing was written:\n` +
        issues.map(formatIssue).join("\n"),
    );
  }
}

export function formatIssue(issue: DatasetIssue): string {
  const place = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `  ${place}${issue.record ? ` (${issue.record})` : ""}: ${issue.reason}`;
}
