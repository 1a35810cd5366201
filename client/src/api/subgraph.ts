import { graphql } from "./graphql.ts";

export interface GraphNodeDto {
  id: string;
  type: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface GraphEdgeDto {
  id: string;
  type: string;
  source: string;
  target: string;
  year: number | null;
}

export interface SubgraphDto {
  nodes: GraphNodeDto[];
  edges: GraphEdgeDto[];
}

export async function fetchWholeGraph(): Promise<SubgraphDto> {
  const data = await graphql<{ graph: SubgraphDto }>(`
    query WholeGraph {
      graph {
        nodes {
          id
          type
          name
          country
          lat
          lon
        }
        edges {
          id
          type
          source
          target
          year
        }
      }
    }
  `);
  return data.graph;
}
