import { describe, expect, it } from "vitest";
import { PREREQUISITES, planInstall } from "./prerequisites.ts";

const named = (...names: string[]) => PREREQUISITES.filter((p) => names.includes(p.name));

describe("test prerequisites", () => {
  it("asks for nothing when everything is there", () => {
    expect(planInstall([], true)).toEqual({ kind: "none" });
  });

  it("installs what is missing with one line saying what and why", () => {
    const plan = planInstall(named("Chromium", "networkx"), true);
    expect(plan).toEqual({
      kind: "install",
      packages: ["chromium", "python3-networkx"],
      line: "prerequisites: installing Chromium (browser tests and figure measurements), networkx (independent reader of exported GraphML and GEXF)",
    });
  });

  it("stops with the exact command when it cannot install", () => {
    const plan = planInstall(named("scipy"), false);
    expect(plan).toEqual({
      kind: "refuse",
      line: "prerequisites: missing scipy (networkx computes PageRank through it, for reference metrics); install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends python3-scipy",
    });
  });

  it("declares a Debian package for every prerequisite", () => {
    for (const p of PREREQUISITES) expect(p.debian.length, p.name).toBeGreaterThan(0);
  });
});
