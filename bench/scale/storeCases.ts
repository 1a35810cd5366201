/**
 * The API queries timed on a store loaded by `npm run import -- --initial`, whose ids the
 * benchmark did not generate itself: actors, names and quotes are sampled from the store, and the
 * search texts are what a person would type: a word of a real name, two words of a real quote.
 */
import { readCypher } from "@atlas/cypher";
import { createSeededRandom } from "@atlas/model";
import neo4j, { type Driver } from "neo4j-driver";
import { graphCases, seededPick, type Case } from "./latencyCases.ts";

const SAMPLE = 2000;

export interface StoreSample {
  ids: string[];
  people: string[];
  nameWords: string[];
  quoteWords: string[];
}

/** About SAMPLE actors drawn in one scan of the store (no sort), with a quote each. */
export async function sampleStore(driver: Driver): Promise<StoreSample> {
  const rng = createSeededRandom(7);
  const { records: counted } = await driver.executeQuery("MATCH (a:Actor) RETURN count(a) AS n");
  const share = Math.min(1, (1.5 * SAMPLE) / Math.max(1, Number(counted[0]!.get("n"))));
  const { records } = await driver.executeQuery(
    `MATCH (a:Actor) WHERE rand() < $share
     WITH a LIMIT $sample
     OPTIONAL CALL (a) { MATCH (a)-[r]-() RETURN r.quotes[0] AS quote LIMIT 1 }
     RETURN a.id AS id, a.type AS type, a.name AS name, coalesce(quote, a.quotes[0]) AS quote`,
    { share, sample: neo4j.int(SAMPLE) },
    { routing: neo4j.routing.READ },
  );
  const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
  const sample: StoreSample = { ids: [], people: [], nameWords: [], quoteWords: [] };
  for (const record of records) {
    sample.ids.push(record.get("id"));
    if (record.get("type") === "Person") sample.people.push(record.get("id"));
    const name = words(record.get("name") ?? "");
    if (name.length) sample.nameWords.push(name[Math.floor(rng() * name.length)]!);
    const quote = words(record.get("quote") ?? "");
    const at = Math.floor(rng() * Math.max(1, quote.length - 1));
    if (quote.length > 1) sample.quoteWords.push(`${quote[at]} ${quote[at + 1]}`);
  }
  if (!sample.people.length) sample.people = sample.ids;
  return sample;
}

export function storeCases(sample: StoreSample): Case[] {
  const { pick } = seededPick(99);
  return [
    {
      name: "name search (a word of a real name)",
      query: `query ($t: String!) { searchHits(text: $t, limit: 8) { id match } }`,
      variables: () => ({ t: pick(sample.nameWords) }),
      direct: null,
    },
    {
      name: "evidence search (two words of a real quote)",
      query: `query ($t: String!) { searchEvidence(text: $t, limit: 5) { quote source title } }`,
      variables: () => ({ t: pick(sample.quoteWords) }),
      direct: {
        cypher: readCypher("explore/search-evidence"),
        params: (v) => ({ text: v.t, limit: neo4j.int(5) }),
      },
    },
    ...graphCases(sample.ids, sample.people, pick),
  ];
}
