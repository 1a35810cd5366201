import { describe, expect, it } from "vitest";
import type { PathSetDto } from "../../api/pathQueries.ts";
import { getPathSteps, toPathStepsCsv, toYearText, type PathAnswer } from "./pathSteps.ts";

const answer: PathAnswer & Pick<PathSetDto, "paths"> = {
  paths: [
    {
      length: 2,
      nodes: ["sieling", "bremen", "eurocities"],
      steps: [
        { relationship: "r1", forward: true },
        { relationship: "r2", forward: true },
      ],
    },
    {
      length: 2,
      nodes: ["eurocities", "bremen", "sieling"],
      steps: [
        { relationship: "r2", forward: false },
        { relationship: "r1", forward: false },
      ],
    },
  ],
  nodes: [
    { id: "sieling", name: "Carsten Sieling" },
    { id: "bremen", name: "Bremen" },
    { id: "eurocities", name: "Eurocities" },
  ],
  edges: [
    {
      id: "r1",
      type: "MAYOR_OF",
      source: "sieling",
      target: "bremen",
      year: 2015,
      until: 2019,
      sources: ["001"],
      evidence: [{ source: "001", quote: 'Mayor **Sieling**, "Bremen"', title: null, publisher: null, year: null }],
    },
    {
      id: "r2",
      type: "MEMBER_OF",
      source: "bremen",
      target: "eurocities",
      status: "planned",
      sources: [],
      evidence: [],
    },
  ],
};

describe("getPathSteps", () => {
  it("reads each step from the actor before it, in the relationship's direction", () => {
    const [first, second] = getPathSteps(answer, answer.paths[0]!);
    expect(first).toMatchObject({ from: { id: "sieling", name: "Carsten Sieling" }, to: { name: "Bremen" } });
    expect(first!.label).toBe("Mayor of");
    expect(second!.relationship.id).toBe("r2");
    const back = getPathSteps(answer, answer.paths[1]!);
    expect(back[1]!.label).toBe("Mayors");
    expect(back[1]!.from.name).toBe("Bremen");
  });

  it("names a relationship the answer lacks", () => {
    const broken = { ...answer.paths[0]!, steps: [{ relationship: "r9", forward: true }] };
    expect(() => getPathSteps(answer, broken)).toThrow('getPathSteps: relationship "r9" is not in the answer');
  });
});

describe("toPathStepsCsv", () => {
  it("writes one row a step with its year, status and plain quotes", () => {
    const csv = toPathStepsCsv(getPathSteps(answer, answer.paths[0]!));
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      "step,from_id,from,relationship,type,direction,to_id,to,year,status,relationship_id,quotes,documents",
    );
    expect(lines[1]).toBe(
      '1,sieling,Carsten Sieling,Mayor of,MAYOR_OF,forward,bremen,Bremen,2015–2019,,r1,"Mayor Sieling, ""Bremen""",001',
    );
    expect(lines[2]).toBe("2,bremen,Bremen,Member of,MEMBER_OF,forward,eurocities,Eurocities,,planned,r2,,");
  });

  it("gives a year, a span, or nothing", () => {
    expect(toYearText({ year: 2016 })).toBe("2016");
    expect(toYearText({ year: 2016, until: 2019 })).toBe("2016–2019");
    expect(toYearText({ year: null })).toBe("");
  });
});
