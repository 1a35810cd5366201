/**
 * GET/POST /api/export: a view (the ids of the actors and relationships drawn), actor ids, a
 * read-only Cypher query, or all, in the chosen formats, as one ZIP with a manifest or one file.
 */
import { Router, json, type Request, type Response } from "express";
import type { z } from "zod";
import { ConsoleError } from "../console/ConsoleError.ts";
import { ExportError } from "../export/ExportError.ts";
import { FORMAT_NAMES, type FormatName } from "../export/formats.ts";
import { runExport, type ExportDeps, type ExportRequest } from "../export/exportService.ts";
import type { ConsoleGate } from "./consoleGate.ts";
import { getSchema, postSchema } from "./exportRequestSchemas.ts";

function send(
  res: Response,
  file: { name: string; mime: string; content: string | Buffer },
  counts: { nodes: number; edges: number },
) {
  res.setHeader(
    "Content-Type",
    file.mime.startsWith("text/") || file.mime.includes("json") || file.mime.includes("xml")
      ? `${file.mime}; charset=utf-8`
      : file.mime,
  );
  res.setHeader("Content-Disposition", `attachment; filename="${file.name}"`);
  res.setHeader("X-Export-Counts", `${counts.nodes} nodes, ${counts.edges} edges`);
  res.send(typeof file.content === "string" ? Buffer.from(file.content, "utf8") : file.content);
}

function fail(res: Response, error: unknown) {
  if (error instanceof ConsoleError || error instanceof ExportError) {
    const code = error instanceof ConsoleError ? error.code : "EXPORT_REFUSED";
    res.status(error.status).json({ error: { code, message: error.message } });
    return;
  }
  res.status(500).json({
    error: { code: "EXPORT_FAILED", message: `The export failed: ${(error as Error).message.split("\n")[0]}` },
  });
}

function badRequest(res: Response, issue: z.core.$ZodIssue) {
  const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
  res.status(400).json({ error: { code: "BAD_REQUEST", message: `Bad export request: ${where}${issue.message}` } });
}

/** An export by query runs a public console query, so it takes a console slot as the console does. */
function gated(gate: ConsoleGate, req: Request, res: Response, byQuery: boolean, work: () => Promise<void>) {
  return byQuery ? gate.run(req, res, work) : work();
}

/** deps.console runs an export's query on the console's own workers and pool. */
export function exportRouter(deps: ExportDeps, gate: ConsoleGate): Router {
  const router = Router();

  // A view of 50,000 actors names each with its drawing, and its relationships by id: ~16 MB.
  router.post("/api/export", json({ limit: "32mb" }), async (req, res) => {
    const parsed = postSchema.safeParse(req.body);
    if (!parsed.success) return badRequest(res, parsed.error.issues[0]!);
    const body = parsed.data;
    const request: ExportRequest = {
      selection: body.ids
        ? body.edges
          ? { kind: "view", ids: body.ids, relationships: body.edges, derived: body.derived }
          : { kind: "ids", ids: body.ids }
        : body.query
          ? { kind: "query", query: body.query }
          : { kind: "all" },
      origin: { viewUrl: body.viewUrl, filters: body.filters, groupsNotExported: body.groups },
      formats: body.formats ?? FORMAT_NAMES,
      single: body.single,
      title: body.title,
      dpi: body.dpi,
      drawing: body.positions,
      figure: {
        width: body.width,
        grayscale: body.grayscale,
        highlight: body.highlight,
        layout: body.layout,
        colourKey: body.colourKey,
      },
      metrics: body.metrics,
    };
    await gated(gate, req, res, request.selection.kind === "query", async () => {
      try {
        const { file, counts } = await runExport(deps, request);
        send(res, file, counts);
      } catch (error) {
        fail(res, error);
      }
    });
  });

  router.get("/api/export", async (req, res) => {
    const parsed = getSchema.safeParse(req.query);
    if (!parsed.success) return badRequest(res, parsed.error.issues[0]!);
    const q = parsed.data;
    const chosen = [q.ids, q.query, q.all].filter((x) => x !== undefined).length;
    if (chosen !== 1)
      return badRequest(res, {
        path: [],
        message: "give exactly one of ids, query or all",
        code: "custom",
        input: undefined,
      });
    const single = q.format !== "zip";
    await gated(gate, req, res, Boolean(q.query), async () => {
      try {
        const { file, counts } = await runExport(deps, {
          selection: q.ids
            ? { kind: "ids", ids: q.ids.split(",").filter(Boolean) }
            : q.query
              ? { kind: "query", query: q.query }
              : { kind: "all" },
          formats: single ? [q.format as FormatName] : FORMAT_NAMES,
          single,
          title: q.title,
          dpi: q.dpi,
          figure: { width: q.width, grayscale: q.grayscale !== undefined },
          metrics: q.metrics,
        });
        send(res, file, counts);
      } catch (error) {
        fail(res, error);
      }
    });
  });
  return router;
}
