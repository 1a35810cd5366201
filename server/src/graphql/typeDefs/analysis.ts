/**
 * Analysis: network metrics of the whole database (computed in a worker, kept until the graph
 * changes), the one-mode projection ("who is tied through what") and common neighbours. Resolvers
 * in analysisResolvers.ts; every answer carries the evidence it rests on.
 */
export const analysisTypeDefs = /* GraphQL */ `
  "Where a whole-database computation stands: QUEUED behind another, RUNNING, DONE or FAILED (error says why)"
  enum AnalysisStatus {
    QUEUED
    RUNNING
    DONE
    FAILED
  }

  "How one metric was computed, as an export's manifest records it"
  type MetricAlgorithm {
    metric: String!
    algorithm: String!
    "directed or undirected simple graph (parallel relationships merged, weight = their number)"
    graph: String!
    "The parameters, as JSON"
    parameters: String!
    library: String!
    libraryVersion: String!
    "The networkx call that computes the same values"
    networkx: String!
    "Louvain only"
    modularity: Float
    communities: Int
  }

  "An actor among the highest values of a metric"
  type RankedActor {
    metric: String!
    actor: GraphNode!
    value: Float!
  }

  "Network metrics of the whole database; the counts and values are set once status is DONE"
  type DatabaseMetrics {
    status: AnalysisStatus!
    "0 to 1"
    progress: Float!
    "What the computation is doing (reading actors, computing pagerank)"
    stage: String
    error: String
    "The metrics asked for, validated and sorted"
    metrics: [String!]!
    "ISO 8601 time at which the graph was read"
    computedAt: String
    actors: Int
    "Links of the undirected simple graph"
    links: Int
    relationships: Int
    "Of the Louvain partition, when community was asked for"
    modularity: Float
    algorithms: [MetricAlgorithm!]!
    "For each metric asked (community aside: its values are labels), the actors with the highest values, highest first"
    top: [RankedActor!]!
  }

  type ActorMetricValue {
    id: ID!
    metric: String!
    value: Float!
  }

  "Whole-database metric values of given actors; values is set once status is DONE"
  type ActorMetrics {
    status: AnalysisStatus!
    progress: Float!
    stage: String
    error: String
    computedAt: String
    values: [ActorMetricValue!]!
  }

  "An intermediary that two projected actors share"
  type ProjectionVia {
    id: ID!
    name: String!
    type: String!
    "The relationships of the two linked actors with it: the link's evidence"
    relationships: [GraphEdge!]!
  }

  type ProjectionEdge {
    from: GraphNode!
    to: GraphNode!
    "How many intermediaries the two share"
    weight: Int!
    via: [ProjectionVia!]!
  }

  type Projection {
    "Heaviest first"
    edges: [ProjectionEdge!]!
    "Links before the limit"
    total: Int!
    truncated: Boolean!
  }

  "One relationship between a common neighbour and one of the given actors"
  type NeighbourTie {
    "The given actor"
    of: ID!
    "OUT: from the common neighbour to the given actor; IN: the other way"
    direction: String!
    relationship: GraphEdge!
  }

  type CommonNeighbour {
    actor: GraphNode!
    ties: [NeighbourTie!]!
  }

  type CommonNeighbours {
    "The most ties first"
    actors: [CommonNeighbour!]!
    "Common neighbours before the limit"
    total: Int!
    truncated: Boolean!
  }

  extend type Query {
    "Metrics of the whole database (degree, inDegree, outDegree, weightedDegree, pagerank, betweenness, closeness, community, coreNumber): starts the computation and answers at once; ask again until status is DONE. top: 0 to 1000"
    databaseMetrics(names: [String!]!, top: Int = 50): DatabaseMetrics!
    "Whole-database metric values of up to 10000 actors (starts the computation like databaseMetrics)"
    actorMetrics(ids: [ID!]!, names: [String!]!): ActorMetrics!
    "A one-mode network of actors of one type, linked by the intermediaries of the via types they share (cities by the networks and projects they share); weight: shared intermediaries; limit: 1 to 5000 links"
    projection(
      type: String!
      via: [String!]!
      minShared: Int = 1
      relationshipTypes: [String!]
      limit: Int = 500
    ): Projection!
    "The actors tied to every one of 2 to 10 given actors, each with its relationships to each of them; limit: 1 to 2000"
    commonNeighbours(ids: [ID!]!, relationshipTypes: [String!], limit: Int = 500): CommonNeighbours!
  }
`;
