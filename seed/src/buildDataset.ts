/**
 * Merges the per-document records into one graph (one node per actor id, one edge per
 * relationshipId) and checks everything that spans records. Throws a DatasetError listing
 * every problem; returns only a dataset that is safe to write.
 */
import {
  DatasetError,
  relationshipId,
  relationshipName,
  relationshipProblems,
  toActor,
  toRelationship,
  type Actor,
  type DatasetIssue,
  type Dataset,
  type Relationship,
} from "@atlas/model";
import { assignDerivedFields } from "./derivedFields.ts";
import { evidenceChecker } from "./evidenceCheck.ts";
import { checkNameCollisions } from "./nameCollisions.ts";
import type { Located, RawDataset } from "./readDataset.ts";

export interface BuildOptions {
  /** Folder with the source documents; when given, every quote must occur in its document. */
  documentsDir?: string | undefined;
}

export function buildDataset(raw: RawDataset, options: BuildOptions = {}): Dataset {
  const issues: DatasetIssue[] = [];
  const checkEvidence = evidenceChecker(raw.sources, options.documentsDir, issues);

  const actors = new Map<string, Actor>();
  const firstSeen = new Map<string, Located<unknown>>();
  const idsByDocument = new Map<string, Set<string>>();
  for (const located of raw.actors) {
    const { record } = located;
    checkEvidence(located, record.id, record.evidence);
    let ids = idsByDocument.get(located.document);
    if (!ids) idsByDocument.set(located.document, (ids = new Set()));
    if (ids.has(record.id)) {
      issues.push({
        file: located.file,
        line: located.line,
        record: record.id,
        reason: `actor id "${record.id}" is defined twice in ${located.document}`,
      });
    }
    ids.add(record.id);

    const existing = actors.get(record.id);
    if (!existing) {
      actors.set(record.id, toActor(record));
      firstSeen.set(record.id, located);
      continue;
    }
    const first = firstSeen.get(record.id)!;
    if (existing.type !== record.type) {
      issues.push({
        file: located.file,
        line: located.line,
        record: record.id,
        reason: `type ${record.type} contradicts type ${existing.type} given in ${first.file}:${first.line}`,
      });
    }
    if (record.country && existing.country && record.country !== existing.country) {
      issues.push({
        file: located.file,
        line: located.line,
        record: record.id,
        reason: `country ${record.country} contradicts ${existing.country} given in ${first.file}:${first.line}`,
      });
    }
    existing.aliases.push(record.name, ...record.aliases);
    existing.subtype ??= record.subtype;
    existing.country ??= record.country;
    existing.role ??= record.role;
    existing.description ??= record.description;
    for (const e of record.evidence) {
      existing.sources.push(e.source);
      existing.quotes.push(e.quote);
    }
  }
  for (const actor of actors.values()) {
    actor.aliases = uniqueAliases(actor.name, actor.aliases);
  }
  checkNameCollisions([...actors.values()], firstSeen, issues);

  for (const place of raw.places) {
    const actor = actors.get(place.id);
    if (!actor) continue;
    if (place.lat !== undefined && place.lon !== undefined) {
      actor.lat = place.lat;
      actor.lon = place.lon;
    }
  }

  const relationships = new Map<string, Relationship>();
  for (const located of raw.relationships) {
    const { record } = located;
    const name = relationshipName(record);
    checkEvidence(located, name, record.evidence);
    const documentIds = idsByDocument.get(located.document) ?? new Set<string>();
    for (const end of [record.from, record.to]) {
      if (!documentIds.has(end)) {
        issues.push({
          file: located.file,
          line: located.line,
          record: name,
          reason: `"${end}" is not defined in ${located.document}/actors*.jsonl`,
        });
      }
    }
    for (const reason of relationshipProblems(record)) {
      issues.push({ file: located.file, line: located.line, record: name, reason });
    }
    const id = relationshipId(record);
    const existing = relationships.get(id);
    if (existing) {
      for (const e of record.evidence) {
        if (!existing.quotes.includes(e.quote)) {
          existing.sources.push(e.source);
          existing.quotes.push(e.quote);
        }
      }
      existing.until ??= record.until;
      existing.purpose ??= record.purpose;
      continue;
    }
    relationships.set(id, toRelationship(record, id));
  }

  if (issues.length > 0) throw new DatasetError(issues);
  const dataset: Dataset = {
    sources: raw.sources,
    actors: [...actors.values()].sort((a, b) => a.id.localeCompare(b.id)),
    relationships: [...relationships.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
  assignDerivedFields(dataset);
  return dataset;
}

function uniqueAliases(name: string, aliases: string[]): string[] {
  const seen = new Set([name]);
  return aliases.filter((alias) => !seen.has(alias) && seen.add(alias));
}
