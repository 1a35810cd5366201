import { describe, expect, it } from "vitest";
import { toPlainQuote } from "./plainQuote.ts";

describe("toPlainQuote", () => {
  it.each([
    [
      "The **Amsterdam Approach (Netherlands)** to refugee inclusion",
      "The Amsterdam Approach (Netherlands) to refugee inclusion",
    ],
    ["In **Barcelona (Spain)**, the city’s plan", "In Barcelona (Spain), the city’s plan"],
    ["a *very* __strong__ _claim_", "a very strong claim"],
    ["see [the report](https://example.org/r.pdf) and `code`", "see the report and code"],
    ["## Heading\nbody", "Heading\nbody"],
    ["an unmatched ** marker", "an unmatched  marker"],
  ])("%j reads %j", (quote, plain) => {
    expect(toPlainQuote(quote)).toBe(plain);
  });

  it("leaves plain text, snake_case words and arithmetic alone", () => {
    for (const text of ["No markers here.", "the file_name_here stays", "2 * 3 = 6 and 4 * 5", "Timișoara – Fundão"])
      expect(toPlainQuote(text)).toBe(text);
  });
});
