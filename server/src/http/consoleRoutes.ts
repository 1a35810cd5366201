/**
 * The public Cypher API: POST /api/cypher {query, params} -> {columns, rows, graph, summary},
 * POST /api/cypher/explain {query, params} -> {plan, limits} (same checks, same in-flight gate),
 * and GET /api/examples. Routes validate and delegate; every refusal is JSON {error: {code, message}}.
 */
import { Router, json, type Request, type Response } from "express";
import { z } from "zod";
import { ConsoleError } from "../console/ConsoleError.ts";
import { loadExamples } from "../console/examples.ts";
import type { ConsoleRunner } from "../console/consoleRunner.ts";
import type { ConsoleLimits } from "../console/runConsoleQuery.ts";
import type { ConsoleGate } from "./consoleGate.ts";

const bodySchema = z.strictObject({
  query: z.string().trim().min(1, "query must not be empty").max(10_000, "query is longer than 10,000 characters"),
  params: z.record(z.string(), z.unknown()).default({}),
});

/** runner: the console's own workers and pool, so runaway queries cannot take the API's connections. */
export function consoleRouter(runner: ConsoleRunner, limits: ConsoleLimits, gate: ConsoleGate): Router {
  const router = Router();
  const examples = loadExamples();

  router.get("/api/examples", (_req, res) => {
    res.json({ examples });
  });

  /** Validates the body, then answers with `work`'s result inside the gate, or its refusal. */
  const consoleRoute = (work: (query: string, params: Record<string, unknown>) => Promise<unknown>) =>
    async function (req: Request, res: Response) {
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
          res.json(await work(parsed.data.query, parsed.data.params));
        } catch (error) {
          const e = error instanceof ConsoleError ? error : new ConsoleError("CYPHER_FAILED", "The query failed.");
          res.status(e.status).json({ error: { code: e.code, message: e.message } });
        }
      });
    };

  router.post(
    "/api/cypher",
    json({ limit: "64kb" }),
    consoleRoute((query, params) => runner.run(query, params, limits)),
  );
  router.post(
    "/api/cypher/explain",
    json({ limit: "64kb" }),
    consoleRoute((query, params) => runner.explain(query, params, limits)),
  );
  return router;
}
