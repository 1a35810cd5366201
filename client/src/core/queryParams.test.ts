import { describe, expect, it } from "vitest";
import { parseQueryParams, toParamsText } from "./queryParams.ts";

describe("parseQueryParams", () => {
  it("takes an empty text as no parameters", () => {
    expect(parseQueryParams("  ")).toEqual({ ok: true, params: {} });
  });

  it("reads a JSON object", () => {
    expect(parseQueryParams('{"name": "Athens", "limit": 5}')).toEqual({
      ok: true,
      params: { name: "Athens", limit: 5 },
    });
  });

  it("explains invalid JSON", () => {
    const parsed = parseQueryParams("{name: 1}");
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/^Parameters are not valid JSON/);
  });

  it("refuses arrays and names that cannot follow a $", () => {
    expect(parseQueryParams("[1]")).toMatchObject({ ok: false, message: /must be a JSON object/ });
    expect(parseQueryParams('{"a b": 1}')).toMatchObject({ ok: false, message: /"a b" cannot be written/ });
  });

  it("round-trips through the text shown", () => {
    expect(parseQueryParams(toParamsText({ id: "athens" }))).toEqual({ ok: true, params: { id: "athens" } });
    expect(toParamsText({})).toBe("");
  });
});
