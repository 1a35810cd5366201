/** A question the analysis cannot answer as asked (an unknown type or metric, too many ids): the caller's to fix. */
export class AnalysisError extends Error {
  override name = "AnalysisError";

  constructor(
    message: string,
    /** BAD_USER_INPUT: change the question; BUSY: ask again later. */
    readonly code: "BAD_USER_INPUT" | "BUSY" = "BAD_USER_INPUT",
  ) {
    super(message);
  }
}
