/**
 * A path read step by step, as the path panel lists it and its CSV gives it: who, which
 * relationship in which direction, to whom, when, how sure, and the quotes that state it.
 */
import { toCsv, toPlainQuote } from "@atlas/model";
import type { ActorPathDto, PathSetDto } from "../../api/pathQueries.ts";
import type { EvidenceDto, GraphEdgeDto } from "../../api/types.ts";
import { relationshipLabel } from "../relationshipLabels.ts";

export interface PathStep {
  from: { id: string; name: string };
  to: { id: string; name: string };
  relationship: GraphEdgeDto;
  /** Whether the relationship points from `from` to `to` (its label reads that way). */
  forward: boolean;
  /** The relationship as it reads from `from`, e.g. "mayor of" or "has mayor". */
  label: string;
  evidence: EvidenceDto[];
}

/** What the steps are read from: the actors' names and the relationships of a shortestPaths answer. */
export interface PathAnswer {
  nodes: ReadonlyArray<Pick<PathSetDto["nodes"][number], "id" | "name">>;
  edges: readonly GraphEdgeDto[];
}

export function getPathSteps(answer: PathAnswer, path: ActorPathDto): PathStep[] {
  const names = new Map(answer.nodes.map((n) => [n.id, n.name]));
  const edges = new Map(answer.edges.map((e) => [e.id, e]));
  const actor = (id: string) => ({ id, name: names.get(id) ?? id });
  return path.steps.map((step, i) => {
    const relationship = edges.get(step.relationship);
    if (!relationship) throw new Error(`getPathSteps: relationship "${step.relationship}" is not in the answer`);
    return {
      from: actor(path.nodes[i]!),
      to: actor(path.nodes[i + 1]!),
      relationship,
      forward: step.forward,
      label: relationshipLabel(relationship.type, step.forward ? "out" : "in"),
      evidence: relationship.evidence ?? [],
    };
  });
}

/** "2016" or "2016–2019"; empty when the documents give no year. */
export function toYearText(edge: Pick<GraphEdgeDto, "year" | "until">): string {
  if (!edge.year) return "";
  return edge.until ? `${edge.year}–${edge.until}` : String(edge.year);
}

const COLUMNS = [
  "step",
  "from_id",
  "from",
  "relationship",
  "type",
  "direction",
  "to_id",
  "to",
  "year",
  "status",
  "relationship_id",
  "quotes",
  "documents",
];

/** One row a step; several quotes of one relationship are joined by " | ", as are their documents. */
export function toPathStepsCsv(steps: readonly PathStep[]): string {
  return toCsv(
    COLUMNS,
    steps.map((step, i) => [
      i + 1,
      step.from.id,
      step.from.name,
      step.label,
      step.relationship.type,
      step.forward ? "forward" : "backward",
      step.to.id,
      step.to.name,
      toYearText(step.relationship),
      step.relationship.status ?? "",
      step.relationship.id,
      step.evidence.map((e) => toPlainQuote(e.quote)).join(" | "),
      step.evidence.map((e) => e.source).join(" | "),
    ]),
  );
}
