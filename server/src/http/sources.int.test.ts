/** GET /api/sources/:id/passage: evidence read in its document, for any caller. */
import { describe, expect, inject, it } from "vitest";

const passage = (id: string, quote: string) =>
  fetch(`${inject("atlas").baseUrl}/api/sources/${encodeURIComponent(id)}/passage?quote=${encodeURIComponent(quote)}`);
type Passage = { source: string; passage: { match: string; before: string; after: string } };
type Refusal = { error: { code: string } };

describe("GET /api/sources/:id/passage", () => {
  it("returns the paragraphs around a quote, the quote as the document writes it", async () => {
    const response = await passage("003_6dc049dc9ef8e77d.txt", "Liège (online TEX) : City ID cards");
    expect(response.status).toBe(200);
    const body = (await response.json()) as Passage;
    expect(body.source).toBe("003_6dc049dc9ef8e77d.txt");
    expect(body.passage.match).toContain("City ID cards");
    expect(body.passage.before.length + body.passage.after.length).toBeGreaterThan(20);
  });

  it("answers 404 for a quote the document does not hold, or a document that does not exist", async () => {
    const missingQuote = await passage("003_6dc049dc9ef8e77d.txt", "no such words in this report");
    expect(missingQuote.status).toBe(404);
    expect(((await missingQuote.json()) as Refusal).error.code).toBe("QUOTE_NOT_FOUND");
    expect((await passage("nothing.txt", "x")).status).toBe(404);
    expect((await passage("README.md", "Source documents")).status).toBe(404);
  });

  it("never serves a path, and refuses empty and oversized quotes", async () => {
    for (const id of ["../../etc/passwd", "..", "../README.md"]) {
      const response = await passage(id, "root");
      expect([400, 404], id).toContain(response.status);
      expect(await response.text()).not.toContain("root:");
    }
    for (const quote of ["", " ", "x".repeat(1001)]) {
      const response = await passage("003_6dc049dc9ef8e77d.txt", quote);
      expect(response.status).toBe(400);
      expect(((await response.json()) as Refusal).error.code).toBe("BAD_REQUEST");
    }
  });
});
