/** The operations about single actors: search by name or by quote, and one actor's record. */
import { gql } from "./generated/gql.ts";
import { graphql } from "./graphql.ts";
import type { ActorDto, EvidenceHitDto, SearchHitDto } from "./types.ts";

const SEARCH = gql(`
  query Search($text: String!, $limit: Int) {
    searchHits(text: $text, limit: $limit) {
      id
      name
      type
      country
      aliases
      match
    }
  }
`);

const SEARCH_EVIDENCE = gql(`
  query SearchEvidence($text: String!, $limit: Int) {
    searchEvidence(text: $text, limit: $limit) {
      ...EvidenceHitFields
    }
  }
`);

// Actor is the node type, GraphNode the explorer's projection of it: the same fields, two types.
const ACTOR = gql(`
  query Actor($id: ID!) {
    actors(where: { id: { eq: $id } }) {
      id
      type
      name
      aliases
      subtype
      country
      countrySource
      lat
      lon
      role
      description
      sources
      evidence {
        ...EvidenceFields
      }
    }
  }
`);

export async function searchActors(text: string, limit = 8): Promise<SearchHitDto[]> {
  return (await graphql(SEARCH, { text, limit })).searchHits;
}

export async function searchEvidence(text: string, limit = 5): Promise<EvidenceHitDto[]> {
  return (await graphql(SEARCH_EVIDENCE, { text, limit })).searchEvidence;
}

export async function fetchActor(id: string): Promise<ActorDto | null> {
  return (await graphql(ACTOR, { id })).actors[0] ?? null;
}
