/** The export writers' shared fixture (seed/fixtures/export/graph.json) as an export graph. */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  buildExportGraph,
  type ActorRow,
  type Drawing,
  type ExportGraph,
  type RelationshipRow,
  type SourceDocument,
} from "./exportGraph.ts";

export interface ExportFixture {
  actors: ActorRow[];
  relationships: RelationshipRow[];
  sources: SourceDocument[];
  drawing: Drawing;
}

export const exportFixturePath = path.resolve(import.meta.dirname, "../../../seed/fixtures/export/graph.json");

export function readExportFixture(): ExportFixture {
  return JSON.parse(readFileSync(exportFixturePath, "utf8")) as ExportFixture;
}

/** With the fixture's drawing (a map view) or, with `drawn: false`, the export's own layout. */
export function loadFixtureGraph(drawn = true): { graph: ExportGraph; fixture: ExportFixture } {
  const fixture = readExportFixture();
  return { graph: buildExportGraph(fixture.actors, fixture.relationships, drawn ? fixture.drawing : null), fixture };
}
