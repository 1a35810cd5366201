import type { RequestHandler } from "express";
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";

/** A caller's X-Request-Id is kept only when it is a plain token, so logs cannot be forged. */
const REQUEST_ID = /^[\w-]{1,64}$/;

/**
 * Logs each request (not the health probes) under an id: the caller's X-Request-Id or a fresh
 * UUID, echoed back in X-Request-Id so a client can quote it.
 */
export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers["x-request-id"];
      const id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/readyz" },
    // Not the default serializers: they log every header, the curation token included, and
    // cost a millisecond a request.
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
