import { ACTOR_TYPES, RELATIONSHIP_TYPE_NAMES } from "@atlas/model";
import { describe, expect, it } from "vitest";
import { AnalysisError } from "./AnalysisError.ts";
import { toActorType, toActorTypes, toIdList, toIntegerInRange, toRelationshipTypes } from "./analysisArguments.ts";
import { toMetricSetKey } from "./databaseMetrics.ts";

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AnalysisError);
    return (error as AnalysisError).message;
  }
  throw new Error("expected a refusal");
};

describe("analysis arguments", () => {
  it("accepts the model's actor types and names the unknown one with the allowed", () => {
    for (const type of ACTOR_TYPES) expect(toActorType(type, "projection")).toBe(type);
    expect(refusal(() => toActorType("city", "projection"))).toBe(
      `projection: unknown actor type "city"; allowed: ${ACTOR_TYPES.join(", ")}`,
    );
    expect(toActorTypes(["Project", "CityNetwork", "Project"], "projection")).toEqual(["Project", "CityNetwork"]);
    expect(refusal(() => toActorTypes([], "projection"))).toBe("projection: name at least one actor type");
  });

  it("takes a missing relationship type list as every type and refuses an empty or unknown one", () => {
    expect(toRelationshipTypes(undefined, "w")).toBeNull();
    expect(toRelationshipTypes(null, "w")).toBeNull();
    expect(toRelationshipTypes([...RELATIONSHIP_TYPE_NAMES], "w")).toEqual(RELATIONSHIP_TYPE_NAMES);
    expect(refusal(() => toRelationshipTypes([], "w"))).toMatch(/^w: relationshipTypes is empty/);
    expect(refusal(() => toRelationshipTypes(["MEMBER_OF", "member_of"], "w"))).toMatch(
      /^w: unknown relationship type "member_of"; allowed: MEMBER_OF, /,
    );
  });

  it("bounds integers and id lists, saying what was given", () => {
    expect(toIntegerInRange(3, "minShared", 1, 10, "projection")).toBe(3);
    for (const bad of [0, 11, 2.5, Number.NaN])
      expect(refusal(() => toIntegerInRange(bad, "minShared", 1, 10, "projection"))).toBe(
        `projection: minShared must be an integer from 1 to 10, not ${bad}`,
      );
    expect(toIdList(["a", "b", "a"], 2, 10, "commonNeighbours")).toEqual(["a", "b"]);
    expect(refusal(() => toIdList(["a", "a"], 2, 10, "commonNeighbours"))).toBe(
      "commonNeighbours: give 2 to 10 distinct actor ids, not 1",
    );
    const eleven = Array.from({ length: 11 }, (_, i) => `id-${i}`);
    expect(refusal(() => toIdList(eleven, 2, 10, "commonNeighbours"))).toMatch(/not 11$/);
  });

  it("keys a metric set by its sorted, deduplicated names and refuses unknown or no names", () => {
    expect(toMetricSetKey(["pagerank", "degree", "pagerank"])).toBe("degree,pagerank");
    expect(refusal(() => toMetricSetKey([]))).toBe("databaseMetrics: name at least one metric");
    expect(refusal(() => toMetricSetKey(["degree", "fame"]))).toMatch(
      /^databaseMetrics: unknown metric "fame"; allowed: degree/,
    );
  });
});
