import { Router } from "express";
import type { Neo4jAvailability } from "../neo4j/availability.ts";

/**
 * /healthz: the process is alive (200) and what it knows of Neo4j; /readyz: 200 only while Neo4j
 * answers, so a load balancer sends traffic elsewhere during an outage.
 */
export function healthRouter(availability: Neo4jAvailability): Router {
  const router = Router();
  router.get("/healthz", async (_req, res) => {
    await availability.probe();
    const { up, since, lastError } = availability.current;
    res.json({
      status: up ? "ok" : "degraded",
      neo4j: { connected: up, since, ...(lastError && { error: lastError }) },
    });
  });
  router.get("/readyz", async (_req, res) => {
    await availability.probe();
    const { up, since } = availability.current;
    res.status(up ? 200 : 503).json({ ready: up, neo4j: { connected: up, since } });
  });
  return router;
}
