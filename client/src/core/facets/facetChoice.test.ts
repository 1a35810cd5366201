import { describe, expect, it } from "vitest";
import { chooseAllBut, chooseOnly, chooseToggled } from "./facetChoice.ts";

const COUNTRIES = ["DE", "IT", "GR"];

describe("facet choices", () => {
  it("only: the one value; all but: every other", () => {
    expect(chooseOnly(COUNTRIES, "IT")).toEqual(["IT"]);
    expect(chooseAllBut(COUNTRIES, "IT")).toEqual(["DE", "GR"]);
  });

  it("reads a choice that allows every value as no filter", () => {
    expect(chooseOnly(["IT"], "IT")).toBeNull();
    expect(chooseToggled(COUNTRIES, ["DE", "GR"], "IT", true)).toBeNull();
    expect(chooseToggled(COUNTRIES, null, "IT", false)).toEqual(["DE", "GR"]);
  });

  it("names the value a facet does not have", () => {
    expect(() => chooseOnly(COUNTRIES, "FR")).toThrow('facetChoice: "FR" is not a value of this facet');
    expect(() => chooseAllBut(COUNTRIES, "FR")).toThrow(/"FR"/);
  });
});
