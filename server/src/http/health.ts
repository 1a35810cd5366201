import { Router } from "express";
import type { Driver } from "neo4j-driver";

/** /healthz tells the truth about Neo4j: 200 only when it answers now. */
export function healthRouter(driver: Driver): Router {
  const router = Router();
  router.get("/healthz", async (_req, res) => {
    const started = Date.now();
    try {
      const info = await driver.getServerInfo();
      res.json({
        status: "ok",
        neo4j: { connected: true, address: info.address, agent: info.agent, latencyMs: Date.now() - started },
      });
    } catch (error) {
      res.status(503).json({ status: "unavailable", neo4j: { connected: false, error: (error as Error).message } });
    }
  });
  return router;
}
