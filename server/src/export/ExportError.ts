/** An export that cannot be made as asked (unknown ids, an inconsistent view): the caller's to fix. */
export class ExportError extends Error {
  override name = "ExportError";

  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}
