/**
 * The real dataset: every quote occurs in its document, ids are unique and resolvable, no actor
 * appears twice under two names, and every relationship has evidence.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDataset } from "./buildDataset.ts";
import { geocodePlaces, readNameHints } from "./geocode.ts";
import { ACTOR_TYPES, formatIssue, RELATIONSHIP_TYPE_NAMES } from "@atlas/model";
import { defaultDocumentsDir, seedDataDir } from "./paths.ts";
import { readDataset } from "./readDataset.ts";
import { checkRelationshipEnds } from "./relationshipEndsCheck.ts";
import { checkReviewedHeuristics } from "./reviewedChecks.ts";

describe("seed/data", () => {
  it("finds the source documents to check quotes against", () => {
    expect(existsSync(defaultDocumentsDir), `documents expected at ${defaultDocumentsDir}`).toBe(true);
  });

  const dataset = buildDataset(readDataset(seedDataDir), { documentsDir: defaultDocumentsDir });

  it("holds the five documents as sources", () => {
    expect(dataset.sources.map((s) => s.id)).toHaveLength(5);
  });

  it("has one node per actor and evidence on every actor and relationship", () => {
    expect(dataset.actors.length).toBeGreaterThan(300);
    expect(dataset.relationships.length).toBeGreaterThan(450);
    for (const actor of dataset.actors) {
      expect(ACTOR_TYPES).toContain(actor.type);
      expect(actor.quotes.length, actor.id).toBeGreaterThan(0);
    }
    for (const rel of dataset.relationships) {
      expect(RELATIONSHIP_TYPE_NAMES).toContain(rel.type);
      expect(rel.quotes.length, rel.id).toBeGreaterThan(0);
      expect(rel.sources.length, rel.id).toBe(rel.quotes.length);
    }
  });

  it("resolves every relationship endpoint to an actor", () => {
    const ids = new Set(dataset.actors.map((a) => a.id));
    for (const rel of dataset.relationships) {
      expect(ids.has(rel.from), `${rel.id}: from`).toBe(true);
      expect(ids.has(rel.to), `${rel.id}: to`).toBe(true);
    }
  });

  it("passes seed:check's curation checks: relationship ends, reviewed near-duplicates and evidence", () => {
    const raw = readDataset(seedDataDir);
    const issues = [
      ...checkRelationshipEnds(raw, dataset),
      ...checkReviewedHeuristics(raw, dataset, defaultDocumentsDir),
    ];
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it("has a document behind every actor from each document that mentions it", () => {
    const eurocities = dataset.actors.find((a) => a.id === "eurocities");
    expect(new Set(eurocities?.sources).size).toBeGreaterThanOrEqual(3);
    expect(eurocities?.aliases).toContain("EUROCITIES");
  });
});

describe("seed/data/places.json", () => {
  const raw = readDataset(seedDataDir);
  const dataset = buildDataset({ ...raw, places: [] });
  const places = new Map(raw.places.map((p) => [p.id, p]));

  it("gives every city and region coordinates or the reason the gazetteer had none", () => {
    for (const actor of dataset.actors.filter((a) => a.type === "City")) {
      const place = places.get(actor.id);
      expect(place, `${actor.id} has no entry: run npm run seed:geocode`).toBeDefined();
      const located = place!.lat !== undefined && place!.lon !== undefined;
      expect(located || Boolean(place!.unmatched), actor.id).toBe(true);
    }
  });

  it("is exactly what the gazetteer gives today (no hand-typed coordinates)", () => {
    const regenerated = geocodePlaces(dataset.actors, readNameHints(seedDataDir));
    expect(raw.places).toEqual(regenerated);
  });

  it("puts well-known cities where they are", () => {
    const athens = places.get("athens")!;
    expect(athens.lat).toBeCloseTo(37.98, 1);
    expect(athens.lon).toBeCloseTo(23.73, 1);
    expect(places.get("gdansk")!.gazetteer).toMatch(/Gdańsk \(PL/);
  });
});
