import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";

/** At most perMinute requests a minute per client (req.ip); past it, 429 with a JSON error. */
export function rateLimitPerClient(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    // Without TRUST_PROXY a sent X-Forwarded-For is ignored on purpose (anyone can forge it);
    // the library's warning about it would log once per such request.
    validate: { xForwardedForHeader: false },
    handler: (_req, res) => {
      res.status(429).json({
        error: {
          code: "RATE_LIMITED",
          message: `Too many requests: at most ${perMinute} a minute per client. Wait a moment.`,
        },
      });
    },
  });
}
