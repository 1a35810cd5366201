// Schema: uniqueness constraints and indexes. WRITE (schema). Applied at every start; every
// statement is idempotent (IF NOT EXISTS), so applying it twice changes nothing.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
// Full-text indexes fold accents ('standard-folding': Liège is found as Liege). An existing index
// with another analyzer is dropped and rebuilt at start (server/src/neo4j/fulltextIndexes.ts).
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX actor_quotes IF NOT EXISTS FOR (a:Actor) ON EACH [a.quotes]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
// Every collaboration type of seed/src/model.ts (a test compares the two lists).
CREATE FULLTEXT INDEX collaboration_quotes IF NOT EXISTS
  FOR ()-[r:MEMBER_OF|PARTICIPATES_IN|MAYOR_OF|WORKS_FOR|FOUNDED|COORDINATES|PARTNERS_WITH|SUPPORTS|FUNDS|HOSTS|ADDRESSES|SIGNED|LOCATED_IN|VISITED|BUILDS_ON|AUTHORED|INFORMED|MET]-()
  ON EACH [r.quotes]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE INDEX actor_type IF NOT EXISTS FOR (a:Actor) ON (a.type);
CREATE INDEX actor_country IF NOT EXISTS FOR (a:Actor) ON (a.country);
CREATE INDEX actor_type_country IF NOT EXISTS FOR (a:Actor) ON (a.type, a.country);
