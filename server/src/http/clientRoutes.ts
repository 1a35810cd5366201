import express, { Router } from "express";
import { existsSync } from "node:fs";
import path from "node:path";

/** The built web client and GraphiQL page; before a build, a 503 that says how to build it. */
export function clientRouter(clientDist: string): Router {
  const router = Router();
  if (existsSync(path.join(clientDist, "index.html"))) {
    router.get("/graphiql", (_req, res) => res.sendFile(path.join(clientDist, "graphiql.html")));
    router.use(express.static(clientDist, { index: "index.html", maxAge: "1h" }));
  } else {
    router.get(["/", "/graphiql"], (_req, res) => {
      res
        .status(503)
        .type("text")
        .send("The web client is not built: run `npm run build` (npm start does it for you).");
    });
  }
  return router;
}
