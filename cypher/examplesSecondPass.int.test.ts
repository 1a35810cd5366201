/**
 * The worked examples added with the second data pass: planned cooperation, who was interviewed,
 * who met whom, working groups, lineage, authorship and the derived fields. Each expected answer
 * was checked against the source documents' text.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { exampleRows } from "../test/exampleRows.ts";
import { testDriver } from "../test/neo4jForTests.ts";

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

const rows = (name: string) => exampleRows(driver, name);

describe("cypher/examples of the second pass", () => {
  it("WELDI plans an advocacy group and proposes a researcher group, with the cities interested", async () => {
    const answer = await rows("weldi-sub-groups");
    const group = (name: string) => answer.find((r) => r.group === name)!;
    expect(group("WELDI advocacy group")).toMatchObject({ status: "planned" });
    expect(group("WELDI advocacy group").cities).toEqual(
      expect.arrayContaining(["Lampedusa (planned)", "Utrecht (planned)"]),
    );
    expect(group("WELDI transnational researcher group")).toMatchObject({ status: "proposed" });
    expect(group("WELDI transnational researcher group").cities).toEqual(
      expect.arrayContaining(["Cluj-Napoca (proposed)", "Sosnowiec (proposed)"]),
    );
  });

  it("WELDI partners proposed staff exchanges among themselves, Liège with Utrecht among them", async () => {
    const answer = await rows("weldi-proposed-peer-exchanges");
    expect(answer.length).toBeGreaterThanOrEqual(10);
    expect(answer).toContainEqual(expect.objectContaining({ city: "Liège", partner: "Utrecht" }));
    expect(answer.some((r) => r.quote.includes("staff-exchanges will be organised"))).toBe(true);
  });

  it("dozens of officials informed the ADMin4ALL report; Kufstein's Integration Commissioner among them", async () => {
    const answer = await rows("interviewed-for-admin4all");
    expect(answer.filter((r) => r.type === "Person").length).toBeGreaterThanOrEqual(30);
    expect(answer).toContainEqual({ informant: "Meral Sevencan", type: "Person", workplaces: ["Kufstein"] });
  });

  it("Barcelona's deputy mayor met the Mayor of Naples; Kaminis met Van der Laan", async () => {
    const pairs = (await rows("who-met-whom")).map((r) => [r.one, r.other]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ["Jaume Asens", "Luigi de Magistris"],
        ["Georgios Kaminis", "Eberhard van der Laan"],
      ]),
    );
  });

  it("Laia Ortiz chairs the Eurocities Social Affairs Forum; Brian Richards sits in the Utrecht Local Group", async () => {
    const answer = await rows("working-groups");
    expect(answer).toContainEqual(
      expect.objectContaining({
        group: "Eurocities Social Affairs Forum",
        parent: "Eurocities",
        chairs: ["Laia Ortiz"],
      }),
    );
    expect(answer.find((r) => r.group === "Utrecht Local Group")!.members).toEqual(["Brian Richards"]);
  });

  it("SIPROIMI replaced SPRAR in 2018; WELDI builds on Arrival Cities", async () => {
    const answer = await rows("what-builds-on-what");
    expect(answer).toContainEqual(expect.objectContaining({ later: "Siproimi", earlier: "SPRAR", year: 2018 }));
    expect(answer).toContainEqual(expect.objectContaining({ later: "WELDI", earlier: "Arrival Cities" }));
  });

  it("Málaga wrote its strategic plan in 2008; Thessaloniki and URBACT the 2017 action plan", async () => {
    const answer = await rows("who-wrote-the-plans");
    expect(answer).toContainEqual({
      plan: "Málaga strategic plan for migrant integration",
      authors: ["Málaga"],
      year: 2008,
    });
    expect(answer).toContainEqual({
      plan: "Integrated Action Plan for Integration of Refugees (Thessaloniki)",
      authors: ["Thessaloniki", "URBACT"],
      year: 2017,
    });
  });

  it("Amsterdam and Athens share Eurocities and the EU Urban Partnership", async () => {
    const networks = (await rows("networks-of-amsterdam-and-athens")).map((r) => r.network);
    expect(networks).toEqual(
      expect.arrayContaining(["Eurocities", "Urban Agenda Partnership on the Inclusion of Migrants and Refugees"]),
    );
  });

  it("Bremen's mayor inherits Germany from Bremen; no city ever inherits", async () => {
    const answer = await rows("inherited-countries");
    expect(answer).toContainEqual({ actor: "Carsten Sieling", type: "Person", country: "DE", places: ["Bremen"] });
    expect(answer.every((r) => r.type !== "City" && r.places.length === 1)).toBe(true);
  });

  it("every collaboration has a reported year; the Eurocities pages' year is approximate", async () => {
    const answer = await rows("collaborations-by-reported-year");
    const total = answer.reduce((sum, r) => sum + r.collaborations, 0);
    expect(total).toBe(inject("atlas").seed.relationships);
    expect(answer).toContainEqual(expect.objectContaining({ year: 2016, note: "pages dated 2016 to 2019" }));
  });
});
