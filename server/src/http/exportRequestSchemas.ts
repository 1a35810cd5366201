/**
 * What GET and POST /api/export accept, checked before anything runs: every bad field is refused
 * with its path and reason (allow-lists for formats, widths and metric names; bounds on every list).
 */
import { isMetricName, METRIC_NAMES, type MetricName } from "@atlas/analysis";
import { derivedLinkSchema } from "@atlas/model";
import { z } from "zod";
import { FORMAT_NAMES, type FormatName } from "../export/formats.ts";
import { PRINT_WIDTH_NAMES, type PrintWidth } from "../export/printSizes.ts";

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

export const postSchema = z
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

export const getSchema = z.strictObject({
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
