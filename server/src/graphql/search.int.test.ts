/** Name and evidence search over the seed, as a European user types: accents, typos, punctuation. */
import { readCypherStatements } from "@atlas/cypher";
import { RELATIONSHIP_TYPE_NAMES } from "@atlas/model";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphqlRequest, testDriver } from "../../../test/neo4jForTests.ts";
import { Executor } from "../neo4j/executor.ts";

interface Hit {
  id: string;
  name: string;
  match: string;
}

async function searchHits(text: string, limit = 10): Promise<Hit[]> {
  const { body } = await graphqlRequest(
    `query($t: String!, $l: Int) { searchHits(text: $t, limit: $l) { id name match } }`,
    { t: text, l: limit },
  );
  expect(body.errors, text).toBeUndefined();
  return body.data!.searchHits as Hit[];
}

describe("search: names", () => {
  it.each([
    ["Liege", "liege"],
    ["Seebrucke", "seebruecke"],
    ["Seebruecke", "seebruecke"],
    ["Seine Saint-Denis", "seine-saint-denis"],
    ["Palermo", "palermo"],
    ["Thessaloniki", "thessaloniki"],
    ["IOM", "iom"],
    ["international organization for migration", "iom"],
  ])("%s finds %s first, as an exact match", async (text, id) => {
    const [first] = await searchHits(text);
    expect(first).toMatchObject({ id, match: "exact" });
  });

  it.each([
    ["Thesaloniki", "thessaloniki"],
    ["Eurocitites", "eurocities"],
    ["Sosnoviec", "sosnowiec"],
  ])("forgives the typo in %s (%s first, marked fuzzy)", async (text, id) => {
    const [first] = await searchHits(text);
    expect(first).toMatchObject({ id, match: "fuzzy" });
  });

  it("ranks prefixes after exact names, and the search field agrees with searchHits", async () => {
    const hits = await searchHits("pal", 5);
    expect(hits[0]).toMatchObject({ id: "palermo", match: "prefix" });
    const { body } = await graphqlRequest(`{ search(text: "IOM", limit: 4) { id } }`);
    expect(body.data!.search.map((a: { id: string }) => a.id)).toEqual((await searchHits("IOM", 4)).map((h) => h.id));
  });

  it("finds nothing for a nonsense word", async () => {
    expect(await searchHits("xqzzyvw")).toEqual([]);
  });

  const hostile = [
    '"',
    "(",
    "*",
    "~",
    "AND",
    "\\",
    'a"(*~ AND \\',
    "name:*",
    "OR NOT",
    "Seine-*~2^9",
    "x".repeat(5000),
  ];
  it.each(hostile.map((text) => [text.length > 20 ? `${text.length} characters` : JSON.stringify(text), text]))(
    "treats %s as plain text, never as Lucene syntax",
    async (_label, text) => {
      for (const field of ["searchHits(text: $t) { id }", "searchEvidence(text: $t) { quote }"]) {
        const { body } = await graphqlRequest(`query($t: String!) { ${field} }`, { t: text });
        expect(body.errors, `${field} ${text}`).toBeUndefined();
      }
    },
  );
});

describe("search: evidence", () => {
  it.each(["advocacy group", "Social Affairs Forum", "City ID"])("finds the quotes that say %s", async (text) => {
    const { body } = await graphqlRequest(
      `query($t: String!) { searchEvidence(text: $t, limit: 5) {
        kind quote source title publisher year from { id name } relationshipType to { id }
      } }`,
      { t: text },
    );
    expect(body.errors).toBeUndefined();
    const hits = body.data!.searchEvidence;
    expect(hits.length).toBeGreaterThan(0);
    const words = text.toLowerCase().split(" ");
    for (const word of words) expect(hits[0].quote.toLowerCase()).toContain(word);
    expect(hits[0]).toMatchObject({ source: expect.stringMatching(/\.txt$/), title: expect.any(String) });
    expect(hits[0].publisher).toBeTruthy();
  });
});

describe("search: evidence ranking", () => {
  it.each(["solidarity cities", "human rights"])("ranks the quotes holding %s as a phrase first", async (text) => {
    const { body } = await graphqlRequest(`query($t: String!) { searchEvidence(text: $t, limit: 50) { quote } }`, {
      t: text,
    });
    expect(body.errors).toBeUndefined();
    const phrase = body.data!.searchEvidence.map((hit: { quote: string }) => hit.quote.toLowerCase().includes(text));
    // Both kinds are found, so the order below is a real test.
    expect(phrase).toContain(true);
    expect(phrase).toContain(false);
    expect(phrase.indexOf(false)).toBeGreaterThan(phrase.lastIndexOf(true));
  });

  // Lucene ranks by the rarest word alone, the others required at weight 0: they are still required.
  // (An element's quotes are one Lucene document, and its hit shows the quote holding most words.)
  it.each(["cities Palermo", "Palermo cities", "the city of refugees"])(
    "finds only elements holding every word of %s",
    async (text) => {
      const { body } = await graphqlRequest(`query($t: String!) { searchEvidence(text: $t, limit: 50) { quote } }`, {
        t: text,
      });
      expect(body.errors).toBeUndefined();
      const quotes: string[] = body.data!.searchEvidence.map((hit: { quote: string }) => hit.quote.toLowerCase());
      const words = text
        .toLowerCase()
        .split(" ")
        .filter((w) => !["the", "of"].includes(w));
      expect(quotes.length).toBeGreaterThan(0);
      for (const word of words) expect(quotes[0]).toContain(word);
      for (const quote of quotes)
        expect(
          words.some((word) => quote.includes(word)),
          quote,
        ).toBe(true);
    },
  );

  // The rarest word is picked among the relationships' quotes: words that only actors' quotes hold must still be found.
  it("finds words that only actors' quotes hold", async () => {
    const driver = testDriver();
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor) UNWIND a.quotes AS q UNWIND split(toLower(q), ' ') AS w
       WITH DISTINCT w, q WHERE w =~ '[a-z]{7,}'
       OPTIONAL CALL (w) {
         CALL db.index.fulltext.queryRelationships('collaboration_quotes', w, {limit: 1}) YIELD relationship
         RETURN relationship
       }
       WITH w, q WHERE relationship IS NULL
       RETURN w, q ORDER BY w LIMIT 1`,
    );
    await driver.close();
    expect(records).toHaveLength(1);
    const [word, quote] = [records[0]!.get("w") as string, records[0]!.get("q") as string];
    const other = quote
      .toLowerCase()
      .split(/[^a-z]+/)
      .find((w) => w.length > 5 && w !== word)!;
    for (const text of [word, `${word} ${other}`]) {
      const { body } = await graphqlRequest(
        `query($t: String!) { searchEvidence(text: $t, limit: 5) { kind quote } }`,
        {
          t: text,
        },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.searchEvidence.length, text).toBeGreaterThan(0);
      expect(body.data!.searchEvidence[0]).toMatchObject({ kind: "actor" });
    }
  });
});

describe("search: indexes", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(() => driver.close());

  it("indexes the quotes of every collaboration type", () => {
    const statement = readCypherStatements("schema").find((s) => s.includes("collaboration_quotes"))!;
    const types = /\[r:([\w|]+)\]/.exec(statement)![1]!.split("|");
    expect(types.sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
  });

  it("rebuilds a name index left with another analyzer", async () => {
    const session = driver.session();
    try {
      await session.run("DROP INDEX actor_names");
      await session.run("CREATE FULLTEXT INDEX actor_names FOR (a:Actor) ON EACH [a.name, a.aliases]");
      await new Executor(driver, "neo4j").applySchema(readCypherStatements("schema"));
      const result = await session.run(
        "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'actor_names' " +
          "RETURN options.indexConfig.`fulltext.analyzer` AS analyzer",
      );
      expect(result.records[0]!.get("analyzer")).toBe("standard-folding");
    } finally {
      await session.close();
    }
    expect((await searchHits("Liege"))[0]?.id).toBe("liege");
  });
});

describe("subgraph evidence", () => {
  it("carries the document's title, publisher and year on relationships", async () => {
    const { body } = await graphqlRequest(`{
      neighbourhood(id: "liege") { edges { evidence { source quote title publisher year } } }
      shortestPath(from: "liege", to: "iom") { edges { evidence { source title publisher year } } }
    }`);
    expect(body.errors).toBeUndefined();
    const evidence = [...body.data!.neighbourhood.edges, ...body.data!.shortestPath.edges].flatMap(
      (e: { evidence: unknown[] }) => e.evidence,
    );
    expect(evidence.length).toBeGreaterThan(3);
    for (const e of evidence) expect(e).toMatchObject({ title: expect.any(String), publisher: expect.any(String) });
  });
});
