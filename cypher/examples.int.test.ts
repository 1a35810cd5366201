/**
 * The worked example queries answer the analyst's questions correctly on the seed data. Each
 * expected answer was checked against the source documents' text.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleRows } from "../test/exampleRows.ts";
import { testDriver } from "../test/neo4jForTests.ts";

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

const rows = (name: string) => exampleRows(driver, name);

describe("cypher/examples", () => {
  it("mentoring delegations to Thessaloniki came from Amsterdam and Zürich", async () => {
    const answer = await rows("mentoring-visits-to-thessaloniki");
    expect(answer.map((r) => r.city)).toEqual(["Amsterdam", "Zürich"]);
    expect(answer[0]!.quote).toContain("Thessaloniki hosted a delegation from Amsterdam and Zurich");
  });

  it("of the WELDI partners, Seine-Saint-Denis is in ANVITA and joining Intercultural Cities", async () => {
    expect(await rows("weldi-partners-in-anvita-or-intercultural-cities")).toEqual([
      {
        city: "Seine-Saint-Denis",
        network: "Association Nationale des Villes et Territoires Accueillantes",
        status: "member",
      },
      { city: "Seine-Saint-Denis", network: "Intercultural Cities", status: "planned" },
    ]);
  });

  it("IOM runs ADMin4ALL, which the European Commission funds", async () => {
    const answer = await rows("funders-of-iom-projects");
    expect(answer[0]).toEqual({ project: "ADMin4ALL", funders: ["European Commission"] });
    expect(answer.map((r) => r.project)).toEqual(expect.arrayContaining(["HELIOS Project"]));
  });

  it("Amsterdam, Barcelona and Berlin belong to the most city networks", async () => {
    const answer = await rows("cities-in-several-networks");
    expect(answer.slice(0, 3).map((r) => [r.city, r.count])).toEqual([
      ["Amsterdam", 5],
      ["Barcelona", 5],
      ["Berlin", 5],
    ]);
    expect(answer.find((r) => r.city === "Barcelona")!.networks).toContain("Red de Ciudades Refugio");
    expect(answer.find((r) => r.city === "Amsterdam")!.networks).toEqual(expect.arrayContaining(["Eurocities"]));
  });

  it("Mayor Kaminis of Athens addressed the Parliamentary Assembly of the Council of Europe", async () => {
    const answer = await rows("mayors-addressing-international-bodies");
    expect(answer).toContainEqual({
      mayor: "Georgios Kaminis",
      city: "Athens",
      body: "Parliamentary Assembly of the Council of Europe",
      how: "in person",
    });
    expect(answer.filter((r) => r.how === "through the city").map((r) => r.city)).toEqual(
      expect.arrayContaining(["Amsterdam", "Barcelona", "Berlin"]),
    );
  });

  it("the Solidarity Cities initiative and Human Rights Cities broker between cities and international bodies", async () => {
    const brokers = (await rows("brokers-between-cities-and-international-bodies")).map((r) => r.broker);
    expect(brokers.slice(0, 2)).toEqual(expect.arrayContaining(["Human Rights Cities", "Solidarity Cities"]));
  });

  it("eleven cities took part in Solidarity Cities, with their mayors", async () => {
    const answer = await rows("solidarity-cities-members-and-mayors");
    expect(answer).toHaveLength(11);
    expect(answer.find((r) => r.city === "Bremen")!.mayors).toEqual(["Carsten Sieling (Mayor)"]);
    expect(answer.map((r) => r.city)).toEqual(
      expect.arrayContaining(["Berlin", "Kiel", "Naples", "Thessaloniki", "Zürich"]),
    );
  });

  it("Leeds and Stockholm mentored Milan; Eurocities' working group, the Commission and the OECD made a study visit in 2018", async () => {
    const answer = await rows("visits-to-milan");
    const mentoring = answer.filter((r) => r.purpose === "mentoring visit" && r.status === null).map((r) => r.visitor);
    expect(mentoring).toEqual(["Leeds", "Stockholm"]);
    const study = answer.filter((r) => r.purpose === "study visit");
    expect(study.map((r) => r.visitor)).toEqual([
      "Eurocities Working Group Migration and Integration",
      "European Commission",
      "Organisation for Economic Co-operation and Development",
    ]);
    expect(study.every((r) => r.year === 2018)).toBe(true);
  });

  it("the European Union is the one actor all five documents mention", async () => {
    const answer = await rows("actors-in-several-documents");
    expect(answer[0]).toEqual({ actor: "European Union", type: "InternationalBody", documents: 5 });
    expect(answer.map((r) => r.actor)).toEqual(expect.arrayContaining(["Eurocities", "Barcelona", "Berlin", "UNHCR"]));
  });

  it("Bremen reaches UNHCR through the Solidarity Cities initiative", async () => {
    const answer = await rows("chain-from-bremen-to-unhcr");
    expect(answer.length).toBeGreaterThan(0);
    for (const { chain, steps } of answer) {
      expect(chain[0]).toBe("Bremen");
      expect(chain.at(-1)).toBe("UNHCR");
      expect(chain).toHaveLength(steps + 1);
    }
    expect(answer.some((r) => r.chain.includes("Solidarity Cities"))).toBe(true);
  });

  it("Dirk Gebhardt is WELDI's lead expert; Laia Ortiz chairs the Eurocities Social Affairs Forum", async () => {
    const answer = await rows("people-working-for-city-networks");
    expect(answer).toContainEqual({ person: "Dirk Gebhardt", office: "Lead Expert", network: "WELDI" });
    expect(answer).toContainEqual({
      person: "Laia Ortiz",
      office: "Chair of the Eurocities Social Affairs Forum",
      network: "Eurocities",
    });
  });

  it("every remaining example runs and returns rows", async () => {
    for (const name of ["hedged-relationships", "ngos-in-weldi-cities", "biggest-funders"]) {
      expect((await rows(name)).length, name).toBeGreaterThan(0);
    }
    const liege = (await rows("ngos-in-weldi-cities")).find((r) => r.city === "Liège");
    expect(liege!.ngos).toEqual(expect.arrayContaining(["La Bobine", "Welcoming Liège Coalition"]));
  });
});
