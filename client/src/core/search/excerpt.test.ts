import { describe, expect, it } from "vitest";
import { getExcerpt } from "./excerpt.ts";

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join("");

describe("getExcerpt", () => {
  it("marks the searched words, ignoring case and accents", () => {
    const parts = getExcerpt("The City ID card of Liège", "city id liege");
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["City", "ID", "Liège"]);
    expect(text(parts)).toBe("The City ID card of Liège");
  });

  it("cuts a long quote around the first word found", () => {
    const quote = `${"lorem ipsum ".repeat(30)}the advocacy group meets${" dolor sit".repeat(30)}`;
    const parts = getExcerpt(quote, "advocacy group", 100);
    expect(parts[0]!.text).toBe("…");
    expect(parts.at(-1)!.text).toBe("…");
    expect(text(parts)).toContain("advocacy group");
    expect(text(parts).length).toBeLessThanOrEqual(104);
  });

  it("returns the start of the quote when no word is found", () => {
    expect(text(getExcerpt("short quote", "nothing"))).toBe("short quote");
  });
});
