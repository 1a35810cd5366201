/**
 * A synthetic dataset shaped like the seed: the same mix of actor types, relationship types
 * chosen by the types they join, hubs (networks and international bodies attract edges by
 * preferential attachment), ISO countries with coordinates for places, and years. Seeded, so a
 * size always gives the same graph. Evidence items point at a "synthetic" source.
 */
import type { Actor, ActorType, Dataset, Relationship, RelationshipType } from "@atlas/model";

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

const COUNTRIES: Array<[string, number, number]> = [
  ["DE", 51.2, 10.4],
  ["FR", 46.6, 2.2],
  ["IT", 42.8, 12.6],
  ["ES", 40.2, -3.7],
  ["PL", 52.1, 19.4],
  ["RO", 45.9, 24.9],
  ["NL", 52.2, 5.3],
  ["BE", 50.6, 4.6],
  ["GR", 39.1, 22.0],
  ["PT", 39.6, -8.0],
  ["AT", 47.6, 14.1],
  ["SE", 62.0, 15.0],
  ["HR", 45.1, 15.2],
  ["CH", 46.8, 8.2],
  ["GB", 53.0, -1.5],
];

export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYNTHETIC_SOURCE = "synthetic.txt";

export function generateDataset(actorCount: number, relationshipCount: number, seed = 7): Dataset {
  const rng = seeded(seed);
  const actors: Actor[] = [];
  const byType = new Map<ActorType, number[]>();
  let cursor = 0;
  for (const [type, share] of TYPE_SHARES) {
    const count = type === TYPE_SHARES.at(-1)![0] ? actorCount - cursor : Math.round(actorCount * share);
    for (let i = 0; i < count; i++, cursor++) {
      const [country, lat, lon] = COUNTRIES[Math.floor(rng() * COUNTRIES.length)]!;
      const id = `syn-${type.toLowerCase()}-${i}`;
      actors.push({
        id,
        type,
        name: `${type} ${i}`,
        aliases: [],
        ...(type === "City" || rng() < 0.5 ? { country } : {}),
        ...(type === "City" ? { lat: lat + (rng() - 0.5) * 6, lon: lon + (rng() - 0.5) * 8 } : {}),
        sources: [SYNTHETIC_SOURCE],
        quotes: [`${type} ${i} (synthetic)`],
      });
      byType.set(type, [...(byType.get(type) ?? []), actors.length - 1]);
    }
  }

  // Preferential attachment: targets are drawn from a pool where every actor appears once per
  // edge it already has (networks and international bodies start with 30 entries), so hubs form
  // as in the real data; drawing from the pool is O(1).
  const pool: number[] = [];
  actors.forEach((a, i) => {
    const entries = a.type === "CityNetwork" || a.type === "InternationalBody" ? 30 : 1;
    for (let k = 0; k < entries; k++) pool.push(i);
  });
  const pickTarget = () => pool[Math.floor(rng() * pool.length)]!;
  const relationships = new Map<string, Relationship>();
  let attempts = 0;
  while (relationships.size < relationshipCount && attempts < relationshipCount * 5) {
    attempts++;
    const from = Math.floor(rng() * actors.length);
    const to = pickTarget();
    if (from === to) continue;
    const a = actors[from]!;
    const b = actors[to]!;
    const type = relationshipFor(a.type, b.type, rng);
    const year = rng() < 0.3 ? 1995 + Math.floor(rng() * 31) : undefined;
    const id = [type, a.id, b.id, year ?? ""].join(":").replace(/:$/, "");
    if (relationships.has(id)) continue;
    relationships.set(id, {
      id,
      type,
      from: a.id,
      to: b.id,
      ...(year ? { year } : {}),
      sources: [SYNTHETIC_SOURCE],
      quotes: [`${a.name} ${type} ${b.name} (synthetic)`],
    });
    pool.push(to);
  }
  return {
    sources: [
      {
        id: SYNTHETIC_SOURCE,
        title: "Synthetic benchmark data",
        publisher: "Solidarity Atlas generator",
        type: "report",
      },
    ],
    actors,
    relationships: [...relationships.values()],
  };
}

/** A dataset as an import file ({sources, actors, relationships}) for `npm run import -- --json`. */
export function toImportFile(dataset: Dataset): string {
  return JSON.stringify({
    sources: dataset.sources,
    actors: dataset.actors.map((a) => ({
      id: a.id,
      type: a.type,
      name: a.name,
      ...(a.country && { country: a.country }),
      evidence: a.sources.map((source, i) => ({ source, quote: a.quotes[i] })),
    })),
    relationships: dataset.relationships.map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      ...(r.year && { year: r.year }),
      evidence: r.sources.map((source, i) => ({ source, quote: r.quotes[i] })),
    })),
  });
}
