/**
 * The projection view's settings and their URL parameters: proj=City, via=CityNetwork,Project,
 * shared=2 (at least that many intermediaries), projrels=MEMBER_OF,... (the relationship types
 * that tie actors to intermediaries; absent: all). A damaged value drops the projection.
 */
import type { ProjectionQuestion } from "../../api/analysisQueries.ts";

export type ProjectionSettings = ProjectionQuestion;

const TYPE = /^[A-Za-z][A-Za-z_]{0,59}$/;
const MAX_SHARED = 1000;

export function toProjectionParams(settings: ProjectionSettings, set: (key: string, value: string) => void): void {
  set("proj", settings.type);
  set("via", settings.via.join(","));
  if (settings.minShared > 1) set("shared", String(settings.minShared));
  if (settings.relationshipTypes) set("projrels", settings.relationshipTypes.join(","));
}

const typeList = (raw: string | null) => {
  const values = raw === null || raw === "" ? [] : raw.split(",");
  return values.every((v) => TYPE.test(v)) ? values : null;
};

export function fromProjectionParams(params: URLSearchParams): ProjectionSettings | null {
  const type = params.get("proj");
  const via = typeList(params.get("via"));
  const shared = params.get("shared") ?? "1";
  const rels = params.get("projrels");
  const relationshipTypes = rels === null ? null : typeList(rels);
  if (type === null || !TYPE.test(type) || !via || via.length === 0 || !/^\d{1,4}$/.test(shared)) return null;
  if (rels !== null && relationshipTypes === null) return null;
  const minShared = Number(shared);
  if (minShared < 1 || minShared > MAX_SHARED) return null;
  return { type, via, minShared, relationshipTypes };
}
