import { describe, expect, it } from "vitest";
import { Paragraphs, findShapeProblem, hasVerb } from "./evidenceShape.ts";

describe("findShapeProblem", () => {
  it("flags a table cell, a label joined by ' - ' or ' / ', and a list item", () => {
    expect(findShapeProblem("ACAIM / Medicos Mundi - residence for seasonal workers", undefined)).toMatch(/table cell/);
    expect(findShapeProblem("| Liège | Hospitable city motion (2017) and civil society coalition", undefined)).toMatch(
      /table cell/,
    );
    expect(findShapeProblem("▷ Develop the ClujID application", undefined)).toMatch(/list item/);
  });

  it("flags a heading or profile header whose paragraph has no verb either", () => {
    const header = "Barcelona (Spain) mayor Ada Colau (2015–2023)";
    expect(findShapeProblem(header, header)).toMatch(/heading or profile header/);
    expect(findShapeProblem("Human Rights Cities Transnational, active WELDI members: Utrecht", undefined)).toMatch(
      /heading/,
    );
  });

  it("accepts a clause, and a verbless phrase inside a sentence", () => {
    expect(findShapeProblem("Thessaloniki hosted a delegation from Amsterdam and Zurich", undefined)).toBeUndefined();
    expect(findShapeProblem("Berlin joins Solidarity Cities", "Berlin joins Solidarity Cities")).toBeUndefined();
    expect(
      findShapeProblem(
        "the Mayor of Amsterdam Mr. Eberhard van der Laan",
        "It was the Mayor of Amsterdam Mr. Eberhard van der Laan who spoke.",
      ),
    ).toBeUndefined();
  });
});

describe("hasVerb", () => {
  it("knows listed verbs and -ed forms, not nouns", () => {
    expect(hasVerb("Milan has joined")).toBe(true);
    expect(hasVerb("a delegation visited")).toBe(true);
    expect(hasVerb("Emergency Shelter Kufstein, Tiroler Soziale Dienste GmbH")).toBe(false);
  });
});

describe("Paragraphs", () => {
  const paragraphs = new Paragraphs("Heading line\n\nA first  sentence\nbroken over lines. Another one.\n\nLast");

  it("finds the whole paragraph a quote sits in, whitespace forgiven", () => {
    expect(paragraphs.find("sentence broken")).toBe("A first sentence broken over lines. Another one.");
    expect(paragraphs.find("Last")).toBe("Last");
  });

  it("gives every paragraph a quote across a blank line touches, and nothing for a quote not in the text", () => {
    expect(paragraphs.find("Heading line A first")).toBe(
      "Heading line A first sentence broken over lines. Another one.",
    );
    expect(paragraphs.find("absent")).toBeUndefined();
  });
});
