/**
 * The shapes the explorer works with, taken from the generated operation types
 * (`npm run codegen`); the operations themselves are in graphQueries.ts and actorQueries.ts.
 */
import type {
  ActorQuery,
  EdgeEvidenceFragment,
  EdgeFieldsFragment,
  EvidenceFieldsFragment,
  EvidenceHitFieldsFragment,
  ExplorerStartQuery,
  NodeFieldsFragment,
  OverviewQuery,
  SearchQuery,
  SubgraphExtentFragment,
} from "./generated/graphql.ts";

/** The nullable fields of T made optional too: the explorer also fills these shapes from console results. */
type Loose<T> = { [K in keyof T as null extends T[K] ? K : never]?: T[K] } & {
  [K in keyof T as null extends T[K] ? never : K]: T[K];
};

export type GraphNodeDto = Loose<NodeFieldsFragment>;
export type EvidenceDto = EvidenceFieldsFragment;
/** Evidence comes only with the neighbourhood; a console query may leave sources out. */
export type GraphEdgeDto = Loose<Omit<EdgeFieldsFragment, "sources">> &
  Partial<Pick<EdgeFieldsFragment, "sources"> & EdgeEvidenceFragment>;
/** What every subgraph query answers; truncated and degree only where asked. */
export type SubgraphDto = { nodes: GraphNodeDto[]; edges: GraphEdgeDto[] } & Partial<SubgraphExtentFragment>;
export type GraphStatsDto = ExplorerStartQuery["graphStats"];
export type OverviewDto = OverviewQuery["overview"];
export type SourceDto = ExplorerStartQuery["sources"][number];
export type ActorDto = ActorQuery["actors"][number];
export type SearchHitDto = SearchQuery["searchHits"][number];
/** A quote holding the words searched: an actor's (kind actor) or a collaboration's. */
export type EvidenceHitDto = EvidenceHitFieldsFragment;
