/**
 * GET /api/sources/:id/passage?quote=…: the passage of a source document that holds a quote, so
 * that a reader can check the evidence in its context. Only the documents in the configured
 * folder (SEED_DOCUMENTS_DIR) are served, looked up by exact file name: an id is never a path.
 */
import { Router } from "express";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { findPassage } from "../sources/findPassage.ts";

const paramsSchema = z.object({ id: z.string().regex(/^[\w.-]{1,120}$/, "a source id is a document file name") });
const querySchema = z.object({ quote: z.string().trim().min(1, "quote is required").max(1000, "quote is too long") });

export function sourceRouter(documentsDir: string): Router {
  // The documents are a handful of files read once; a missing folder serves nothing.
  const texts = new Map<string, string>();
  const listed = (() => {
    try {
      return new Set(readdirSync(documentsDir).filter((name) => name.endsWith(".txt")));
    } catch {
      return new Set<string>();
    }
  })();
  const readDocument = (id: string): string | undefined => {
    if (!listed.has(id)) return undefined;
    if (!texts.has(id)) texts.set(id, readFileSync(path.join(documentsDir, id), "utf8"));
    return texts.get(id);
  };

  const router = Router();
  router.get("/api/sources/:id/passage", (req, res) => {
    const params = paramsSchema.safeParse(req.params);
    const query = querySchema.safeParse(req.query);
    if (!params.success || !query.success) {
      const issue = (params.error ?? query.error)!.issues[0]!;
      res.status(400).json({ error: { code: "BAD_REQUEST", message: `passage: ${issue.message}` } });
      return;
    }
    const { id } = params.data;
    const document = readDocument(id);
    if (document === undefined) {
      res.status(404).json({ error: { code: "SOURCE_NOT_FOUND", message: `passage: no document "${id}"` } });
      return;
    }
    const passage = findPassage(document, query.data.quote);
    if (!passage) {
      res.status(404).json({ error: { code: "QUOTE_NOT_FOUND", message: `passage: the quote is not in "${id}"` } });
      return;
    }
    res.json({ source: id, passage });
  });
  return router;
}
