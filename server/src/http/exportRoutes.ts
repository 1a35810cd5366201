/**
 * GET/POST /api/export: a view (the ids of the actors and relationships drawn), actor ids, a
 * read-only Cypher query, or all, in the chosen formats, as one ZIP with a manifest or one file.
 */
import { isMetricName, METRIC_NAMES, type MetricName } from "@atlas/analysis";
import { derivedLinkSchema } from "@atlas/model";
import { Router, json, type Request, type Response } from "express";
import { z } from "zod";
import { ConsoleError } from "../console/ConsoleError.ts";
import { ExportError } from "../export/ExportError.ts";
import { FORMAT_NAMES, type FormatName } from "../export/formats.ts";
import { PRINT_WIDTH_NAMES, type PrintWidth } from "../export/printSizes.ts";
import { runExport, type ExportDeps, type ExportRequest } from "../export/exportService.ts";
import type { ConsoleGate } from "./consoleGate.ts";

const formatSchema = z.enum(FORMAT_NAMES as [FormatName, ...FormatName[]]);
const idSchema = z.string().regex(/^[a-z0-9-]+$/, "ids are actor slugs");
/** Relationship ids are "TYPE:from:to[:year]" (seed/src/buildDataset.ts); imports may use others. */
const relationshipIdSchema = z.string().min(1).max(300);
const widthSchema = z.enum(PRINT_WIDTH_NAMES as [PrintWidth, ...PrintWidth[]]);
const metricsSchema = z
  .array(z.string())
  .superRefine((names, context) => {
    const unknown = names.find((name) => !isMetricName(name));
    if (unknown !== undefined)
      context.addIssue({ code: "custom", message: `unknown metric "${unknown}"; allowed: ${METRIC_NAMES.join(", ")}` });
  })
  .transform((names) => names as MetricName[]);

const postSchema = z
  .strictObject({
    ids: z.array(idSchema).max(200_000).optional(),
    /** With ids: exactly the relationships drawn (the view); without: every one among the ids. */
    edges: z.array(relationshipIdSchema).max(1_000_000).optional(),
    /** With edges: links the view derives, not stored (a projection's SHARES links). */
    derived: z.array(derivedLinkSchema).max(1_000_000).optional(),
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
          size: z.number().positive().optional(),
          color: z
            .string()
            .regex(/^#[0-9a-fA-F]{6}$/)
            .optional(),
          pinned: z.boolean().optional(),
        }),
      )
      .optional(),
    viewUrl: z.string().max(20_000).optional(),
    filters: z.unknown().optional(),
    /** Overview mode: how many group nodes were drawn (not actors, so not exported). */
    groups: z.number().int().min(0).optional(),
    width: widthSchema.default("a4"),
    grayscale: z.boolean().default(false),
    highlight: z.array(idSchema).max(10_000).optional(),
    /** The explorer's layout: "geo" figures draw the country outlines under the positions. */
    layout: z.enum(["force", "geo"]).optional(),
    metrics: metricsSchema.optional(),
    /** What the drawn colours mean, where the explorer colours actors by something other than type. */
    colourKey: z
      .strictObject({
        title: z.string().min(1).max(100),
        items: z
          .array(z.strictObject({ label: z.string().max(200), color: z.string().regex(/^#[0-9a-fA-F]{6}$/) }))
          .max(20),
      })
      .optional(),
  })
  .refine((b) => [b.ids, b.query, b.all].filter((x) => x !== undefined && x !== false).length === 1, {
    message: "give exactly one of ids, query or all",
  })
  .refine((b) => b.edges === undefined || b.ids !== undefined, { message: "edges come with the ids of their actors" })
  .refine((b) => b.derived === undefined || b.edges !== undefined, {
    message: "derived links come with the edges drawn",
  })
  .refine((b) => b.layout !== "geo" || b.positions !== undefined, {
    message: "the geo layout comes with the positions it drew",
  });

const getSchema = z.strictObject({
  format: z.union([formatSchema, z.literal("zip")]).default("zip"),
  ids: z.string().optional(),
  query: z.string().max(10_000).optional(),
  all: z.enum(["1", "true"]).optional(),
  title: z.string().max(200).optional(),
  dpi: z.coerce.number().int().min(72).max(600).default(300),
  width: widthSchema.default("a4"),
  grayscale: z.enum(["1", "true"]).optional(),
  /** Comma-separated metric names, e.g. metrics=degree,pagerank,community. */
  metrics: z
    .string()
    .transform((list) => list.split(",").filter(Boolean))
    .pipe(metricsSchema)
    .optional(),
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
