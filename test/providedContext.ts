/**
 * What test/globalSetup.ts provides to the integration and browser tests through
 * inject("atlas"). A file of its own so that each workspace's tsconfig can include the typing
 * without type-checking the whole start-up behind it.
 */
export interface AtlasUnderTest {
  baseUrl: string;
  neo4jUri: string;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jHome: string;
  /** The test Neo4j's JVM as started (null for TEST_NEO4J_URI): a supervised restart changes it. */
  neo4jPid: number | null;
  seed: { actors: number; relationships: number; sources: number };
}

declare module "vitest" {
  export interface ProvidedContext {
    atlas: AtlasUnderTest;
  }
}
