import type { RequestHandler } from "express";
import type { Neo4jAvailability } from "../neo4j/availability.ts";

/** While Neo4j is down, data endpoints answer 503 at once, with a message and Retry-After. */
export function requireNeo4j(availability: Neo4jAvailability): RequestHandler {
  return (_req, res, next) => {
    if (availability.current.up) return next();
    res
      .status(503)
      .setHeader("Retry-After", "5")
      .json({
        error: {
          code: "NEO4J_UNAVAILABLE",
          message: "The database is not reachable right now (it may be restarting). Try again in a few seconds.",
        },
        errors: [
          {
            message: "The database is not reachable right now (it may be restarting).",
            extensions: { code: "NEO4J_UNAVAILABLE" },
          },
        ],
      });
  };
}
