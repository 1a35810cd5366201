/**
 * The synthetic dataset as a stream of import records (sources, then actors, then
 * relationships), shaped like the seed: its mix of actor types, relationship types chosen by the
 * types they join, hubs (networks and international bodies attract edges by preferential
 * attachment), real places and plausible names. Seeded, so a size always gives the same records.
 *
 * Memory stays bounded at ten million relationships: an actor's record is a pure function of its
 * index (recomputed, never kept), the attachment pool is one Int32Array, and duplicate
 * relationships are caught by a HashedIdSet.
 */
import {
  createSeededRandom,
  HashedIdSet,
  relationshipId,
  type ActorRecord,
  type ActorType,
  type RelationshipRecord,
  type RelationshipType,
  type SourceRecord,
} from "@atlas/model";
import { composeActor, COUNTRY_NAMES, getPlaces, toSlug, type ComposedActor, type Place } from "./generateNames.ts";
import { composeActorQuote, composeRelationshipQuote } from "./generateQuotes.ts";

export type GeneratedRecord =
  | { kind: "source"; record: SourceRecord }
  | { kind: "actor"; record: ActorRecord }
  | { kind: "relationship"; record: RelationshipRecord };

const TYPE_SHARES: Array<[ActorType, number]> = [
  ["Project", 0.29],
  ["Government", 0.16],
  ["Person", 0.16],
  ["City", 0.15],
  ["NGO", 0.13],
  ["CityNetwork", 0.05],
  ["InternationalBody", 0.06],
];

/** Which relationship a pair of types most plausibly has (from -> to). */
function relationshipFor(from: ActorType, to: ActorType, rng: () => number): RelationshipType {
  if (from === "Person") return to === "City" && rng() < 0.4 ? "MAYOR_OF" : "WORKS_FOR";
  if (to === "CityNetwork") return "MEMBER_OF";
  if (to === "Project")
    return (["PARTICIPATES_IN", "COORDINATES", "FUNDS", "FOUNDED"] as const)[Math.floor(rng() * 4)]!;
  if (to === "City" && from !== "City") return rng() < 0.7 ? "LOCATED_IN" : "SUPPORTS";
  if (to === "InternationalBody") return rng() < 0.5 ? "ADDRESSES" : "PARTNERS_WITH";
  return (["PARTNERS_WITH", "SUPPORTS", "VISITED", "HOSTS"] as const)[Math.floor(rng() * 4)]!;
}

/** The documents synthetic evidence cites; the first is the one benchmarks name. */
export const SYNTHETIC_SOURCES: SourceRecord[] = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023].map((year) => ({
  id: `synthetic_report_${year}.txt`,
  title: `Cities of refuge in Europe: annual report ${year} (synthetic)`,
  publisher: "Solidarity Atlas generator",
  year,
  type: "report",
}));
export const SYNTHETIC_SOURCE = SYNTHETIC_SOURCES[0]!.id;

export interface GeneratedActor {
  record: ActorRecord;
  /** The gazetteer place the actor is tied to (a city's own coordinates). */
  place: Place;
}

/** The actors of a size: each one's record computed from its index alone. */
export class ActorSpace {
  private readonly bounds: Array<[ActorType, number]> = [];

  constructor(
    readonly count: number,
    private readonly seed: number,
  ) {
    let end = 0;
    for (const [type, share] of TYPE_SHARES) {
      end = type === TYPE_SHARES.at(-1)![0] ? count : end + Math.round(count * share);
      this.bounds.push([type, end]);
    }
  }

  typeOf(index: number): ActorType {
    return this.bounds.find(([, end]) => index < end)![0];
  }

  isHub(index: number): boolean {
    const type = this.typeOf(index);
    return type === "CityNetwork" || type === "InternationalBody";
  }

  /** What a relationship needs of an actor, without the cost of its quote. */
  identity(index: number): Identity {
    const rng = createSeededRandom(Math.imul(this.seed, 0x2c1b3c6d) ^ index);
    const type = this.typeOf(index);
    const places = getPlaces();
    // Cities walk the gazetteer, largest first; the rest lean towards large places.
    const place = type === "City" ? places[index % places.length]! : places[Math.floor(rng() ** 3 * places.length)]!;
    const composed = type === "City" ? { name: place.name } : composeActor(type, place, rng);
    const country = type === "City" || rng() < 0.5 ? place.country : undefined;
    const id = `${toSlug(composed.name) || type.toLowerCase()}-${index.toString(36)}`;
    return { id, type, composed, country, place, rng };
  }

  actor(index: number): GeneratedActor {
    const { id, type, composed, country, place, rng } = this.identity(index);
    const source = SYNTHETIC_SOURCES[Math.floor(rng() * SYNTHETIC_SOURCES.length)]!.id;
    const record: ActorRecord = {
      id,
      type,
      ...composed,
      aliases: composed.aliases ?? [],
      ...(country && { country }),
      evidence: [{ source, quote: composeActorQuote(type, composed.name, country && COUNTRY_NAMES[country], rng) }],
    };
    return { record, place };
  }
}

interface Identity {
  id: string;
  type: ActorType;
  composed: ComposedActor;
  country: string | undefined;
  place: Place;
  /** The actor's own generator, where identity left it. */
  rng: () => number;
}

export function* generateRecords(actorCount: number, relationshipCount: number, seed = 7): Generator<GeneratedRecord> {
  for (const record of SYNTHETIC_SOURCES) yield { kind: "source", record };
  const space = new ActorSpace(actorCount, seed);
  let hubs = 0;
  for (let i = 0; i < actorCount; i++) {
    yield { kind: "actor", record: space.actor(i).record };
    if (space.isHub(i)) hubs++;
  }

  // Preferential attachment: targets are drawn from a pool where every actor appears once per
  // edge it already has (networks and international bodies start with 30 entries), so hubs form
  // as in the real data; drawing from the pool is O(1).
  const pool = new Int32Array(actorCount + 29 * hubs + relationshipCount);
  let poolSize = 0;
  for (let i = 0; i < actorCount; i++) for (let k = space.isHub(i) ? 30 : 1; k > 0; k--) pool[poolSize++] = i;
  const rng = createSeededRandom(seed);
  const seen = new HashedIdSet();
  let written = 0;
  for (let attempts = 0; written < relationshipCount && attempts < relationshipCount * 5; attempts++) {
    const from = Math.floor(rng() * actorCount);
    const to = pool[Math.floor(rng() * poolSize)]!;
    if (from === to) continue;
    const type = relationshipFor(space.typeOf(from), space.typeOf(to), rng);
    const year = rng() < 0.3 ? 1995 + Math.floor(rng() * 31) : undefined;
    const a = space.identity(from);
    const b = space.identity(to);
    const ends = { type, from: a.id, to: b.id, ...(year !== undefined && { year }) };
    if (!seen.add(relationshipId(ends))) continue;
    const source = SYNTHETIC_SOURCES[Math.floor(rng() * SYNTHETIC_SOURCES.length)]!.id;
    yield {
      kind: "relationship",
      record: {
        ...ends,
        evidence: [{ source, quote: composeRelationshipQuote(type, a.composed.name, b.composed.name, year, rng) }],
      },
    };
    pool[poolSize++] = to;
    written++;
  }
}
