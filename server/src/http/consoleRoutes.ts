/**
 * The public Cypher API: POST /api/cypher {query, params} -> {columns, rows, graph, summary}, and
 * GET /api/examples. Routes validate and delegate; every refusal is JSON {error: {code, message}}.
 */
import { Router, json } from "express";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { ConsoleError } from "../console/ConsoleError.ts";
import { loadExamples } from "../console/examples.ts";
import { runConsoleQuery, type ConsoleLimits } from "../console/runConsoleQuery.ts";
import type { ConsoleGate } from "./consoleGate.ts";

const bodySchema = z.strictObject({
  query: z.string().trim().min(1, "query must not be empty").max(10_000, "query is longer than 10,000 characters"),
  params: z.record(z.string(), z.unknown()).default({}),
});

/** driver: the console's own small pool, so runaway queries cannot take the API's connections. */
export function consoleRouter(driver: Driver, database: string, limits: ConsoleLimits, gate: ConsoleGate): Router {
  const router = Router();
  const examples = loadExamples();

  router.get("/api/examples", (_req, res) => {
    res.json({ examples });
  });

  router.post("/api/cypher", json({ limit: "64kb" }), async (req, res) => {
    if (!req.is("application/json")) {
      res.status(415).json({
        error: {
          code: "UNSUPPORTED_MEDIA_TYPE",
          message: "Send the query as JSON (Content-Type: application/json).",
        },
      });
      return;
    }
    const parsed = bodySchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
      res.status(400).json({ error: { code: "BAD_REQUEST", message: `Bad request body: ${where}${issue.message}` } });
      return;
    }
    await gate.run(req, res, async () => {
      try {
        res.json(await runConsoleQuery(driver, database, parsed.data.query, parsed.data.params, limits));
      } catch (error) {
        const e = error instanceof ConsoleError ? error : new ConsoleError("CYPHER_FAILED", "The query failed.");
        res.status(e.status).json({ error: { code: e.code, message: e.message } });
      }
    });
  });
  return router;
}
