/**
 * GET/POST /api/export: any subgraph (ids, a read-only Cypher query, or all) in the chosen formats,
 * as one ZIP with a manifest or as a single file.
 */
import { Router, json, type Response } from "express";
import { z } from "zod";
import { ConsoleError } from "../console/ConsoleError.ts";
import { FORMAT_NAMES, type FormatName } from "../export/formats.ts";
import { runExport, type ExportDeps, type ExportRequest } from "../export/exportService.ts";

const formatSchema = z.enum(FORMAT_NAMES as [FormatName, ...FormatName[]]);
const idSchema = z.string().regex(/^[a-z0-9-]+$/, "ids are actor slugs");

const postSchema = z
  .strictObject({
    ids: z.array(idSchema).max(200_000).optional(),
    query: z.string().trim().min(1).max(10_000).optional(),
    all: z.boolean().optional(),
    formats: z.array(formatSchema).min(1).optional(),
    single: z.boolean().default(false),
    title: z.string().max(200).optional(),
    dpi: z.number().int().min(72).max(600).default(300),
    positions: z
      .record(
        z.string(),
        z.object({
          x: z.number(),
          y: z.number(),
          color: z
            .string()
            .regex(/^#[0-9a-fA-F]{6}$/)
            .optional(),
        }),
      )
      .optional(),
    viewUrl: z.string().max(20_000).optional(),
    filters: z.unknown().optional(),
  })
  .refine((b) => [b.ids, b.query, b.all].filter((x) => x !== undefined && x !== false).length === 1, {
    message: "give exactly one of ids, query or all",
  });

const getSchema = z.strictObject({
  format: z.union([formatSchema, z.literal("zip")]).default("zip"),
  ids: z.string().optional(),
  query: z.string().max(10_000).optional(),
  all: z.enum(["1", "true"]).optional(),
  title: z.string().max(200).optional(),
  dpi: z.coerce.number().int().min(72).max(600).default(300),
});

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
  if (error instanceof ConsoleError) {
    res.status(error.status).json({ error: { code: error.code, message: error.message } });
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

export function exportRouter(deps: ExportDeps): Router {
  const router = Router();

  router.post("/api/export", json({ limit: "10mb" }), async (req, res) => {
    const parsed = postSchema.safeParse(req.body);
    if (!parsed.success) return badRequest(res, parsed.error.issues[0]!);
    const body = parsed.data;
    const request: ExportRequest = {
      selection: body.ids
        ? { kind: "ids", ids: body.ids, viewUrl: body.viewUrl, filters: body.filters }
        : body.query
          ? { kind: "query", query: body.query, viewUrl: body.viewUrl, filters: body.filters }
          : { kind: "all", viewUrl: body.viewUrl, filters: body.filters },
      formats: body.formats ?? FORMAT_NAMES,
      single: body.single,
      title: body.title,
      dpi: body.dpi,
      positions: body.positions,
    };
    try {
      const { file, counts } = await runExport(deps, request);
      send(res, file, counts);
    } catch (error) {
      fail(res, error);
    }
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
      });
      send(res, file, counts);
    } catch (error) {
      fail(res, error);
    }
  });
  return router;
}
