import type { ErrorRequestHandler } from "express";
import type { Logger } from "pino";

/**
 * Last resort for errors thrown in Express itself (bad JSON, oversized bodies): a JSON answer
 * that says what was wrong, never a stack trace.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error?.status === "number" ? error.status : 500;
    const known: Record<number, [string, string]> = {
      400: ["BAD_REQUEST", "The request body is not valid JSON."],
      413: ["PAYLOAD_TOO_LARGE", "The request body is too large."],
      415: ["UNSUPPORTED_MEDIA_TYPE", "Unsupported content type."],
    };
    const [code, message] = known[status] ?? ["INTERNAL_ERROR", "Something went wrong on the server."];
    if (status >= 500) logger.error({ err: error }, "unhandled error");
    res.status(status).json({ error: { code, message } });
  };
}
