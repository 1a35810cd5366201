import { describe, expect, it } from "vitest";
import { CONTEXT_CHARS, findPassage } from "./findPassage.ts";

const document = [
  "First paragraph.",
  "Second one, before.",
  "The quote is\n  here in   the text.",
  "After it.",
  "Far away.",
].join("\n\n");

describe("findPassage", () => {
  it("finds the quote across line breaks and cuts one paragraph on each side", () => {
    const passage = findPassage(document, "quote is here in the text")!;
    expect(passage.match).toBe("quote is\n  here in   the text");
    expect(passage.before).toBe("Second one, before.\n\nThe ");
    expect(passage.after).toBe(".\n\nAfter it.");
    expect(document.slice(passage.offset, passage.offset + passage.match.length)).toBe(passage.match);
  });

  it("treats regular-expression characters in the quote as text", () => {
    expect(findPassage("a (b) [c]* d", "(b) [c]*")?.match).toBe("(b) [c]*");
    expect(findPassage("abc", ".*")).toBeUndefined();
  });

  it("returns undefined for a quote the document does not hold, or an empty one", () => {
    expect(findPassage(document, "not there")).toBeUndefined();
    expect(findPassage(document, "   ")).toBeUndefined();
  });

  it("bounds the context in a document without paragraphs", () => {
    const long = `${"word ".repeat(2000)}QUOTE${" word".repeat(2000)}`;
    const passage = findPassage(long, "QUOTE")!;
    expect(passage.before.length).toBeLessThanOrEqual(CONTEXT_CHARS);
    expect(passage.after.length).toBeLessThanOrEqual(CONTEXT_CHARS);
    expect(passage.before.startsWith("word")).toBe(true);
  });
});
