import { describe, expect, it } from "vitest";
import { relationshipEndProblems } from "./relationshipChecks.ts";

describe("relationshipEndProblems", () => {
  it("holds a visit to city and city, a mayor to person and city", () => {
    expect(relationshipEndProblems("VISITED", "City", "City")).toEqual([]);
    expect(relationshipEndProblems("VISITED", "Person", "City")).toEqual(["VISITED starts at City, not at Person"]);
    expect(relationshipEndProblems("MAYOR_OF", "Person", "NGO")).toEqual(["MAYOR_OF ends at City, not at NGO"]);
  });

  it("leaves types without a rule, and unknown types, alone", () => {
    expect(relationshipEndProblems("PARTNERS_WITH", "Person", "Project")).toEqual([]);
    expect(relationshipEndProblems("GROUP_LINK", "City", "City")).toEqual([]);
  });
});
