/**
 * Evidence quotes for synthetic actors and relationships: sentences in the register of the seed's
 * reports (median about 100 characters, from 50 to 250), composed from a verb phrase per type and
 * optional clauses, so that full-text search meets real vocabulary rather than "(synthetic)".
 */
import type { ActorType, RelationshipType } from "@atlas/model";

const ACTOR_PHRASES: Record<ActorType, string[]> = {
  City: [
    "established a refugee advisory working group",
    "declared itself a city of refuge",
    "opened a welcome centre for newly arrived families",
    "adopted a local integration strategy",
  ],
  Person: [
    "called on national governments to share responsibility for reception",
    "presented the city's approach to housing refugees",
    "argued that cities are where integration happens",
  ],
  NGO: [
    "offers legal advice and language courses to asylum seekers",
    "runs a volunteer mentoring scheme for newcomers",
    "campaigns for safe and legal routes",
  ],
  CityNetwork: [
    "brings together municipalities committed to welcoming refugees",
    "was founded to exchange practices on reception and integration",
  ],
  InternationalBody: [
    "published guidance on the inclusion of migrants at the local level",
    "supports local authorities in the reception of asylum seekers",
  ],
  Government: ["is responsible for the national reception system", "allocated funding for the integration of refugees"],
  Project: [
    "aims to improve access to housing and employment for refugees",
    "was launched to pilot community sponsorship",
    "trains municipal staff in intercultural mediation",
  ],
};

const RELATIONSHIP_PHRASES: Partial<Record<RelationshipType, string[]>> = {
  MEMBER_OF: ["joined", "became a member of", "signed up to"],
  PARTICIPATES_IN: ["took part in", "participates in", "contributed to"],
  MAYOR_OF: ["was elected mayor of", "served as mayor of"],
  WORKS_FOR: ["works for", "was appointed to a post at", "coordinates the migration team of"],
  FOUNDED: ["founded", "initiated", "set up"],
  COORDINATES: ["coordinates", "leads the consortium of", "manages"],
  PARTNERS_WITH: ["partnered with", "works closely with", "signed a cooperation agreement with"],
  SUPPORTS: ["supports", "backed", "gave political support to"],
  FUNDS: ["funds", "provided a grant to", "co-finances"],
  HOSTS: ["hosted", "hosts the secretariat of", "welcomed a delegation from"],
  ADDRESSES: ["addressed a letter to", "urged", "called on"],
  LOCATED_IN: ["is based in", "has its office in", "operates in"],
  VISITED: ["visited", "made a study visit to", "travelled to"],
};

const CLAUSES = [
  "to share practices on reception and integration",
  "as part of a wider commitment to welcoming refugees",
  "despite opposition from the national government",
  "with the aim of improving access to housing, health care and education",
  "after the arrival of large numbers of asylum seekers",
  "in order to strengthen the voice of cities in European migration policy",
  "together with local civil society organisations",
];

const pick = <T>(list: readonly T[], rng: () => number): T => list[Math.floor(rng() * list.length)]!;

/** "In 2016, " half the time: the seed's quotes often open with the year. */
function withClauses(sentence: string, rng: () => number, year?: number): string {
  const opening = year !== undefined && rng() < 0.5 ? `In ${year}, ` : "";
  let text = opening + sentence;
  if (rng() < 0.45) text += ` ${pick(CLAUSES, rng)}`;
  if (rng() < 0.15) text += `, ${pick(CLAUSES, rng)}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function composeActorQuote(type: ActorType, name: string, countryName: string | undefined, rng: () => number) {
  const subject = countryName ? `${name} (${countryName})` : name;
  return withClauses(`${subject} ${pick(ACTOR_PHRASES[type], rng)}`, rng);
}

export function composeRelationshipQuote(
  type: RelationshipType,
  from: string,
  to: string,
  year: number | undefined,
  rng: () => number,
) {
  const verb = pick(RELATIONSHIP_PHRASES[type] ?? ["worked with"], rng);
  return withClauses(`${from} ${verb} ${to}`, rng, year);
}
