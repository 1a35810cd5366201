// Explore: the quotes that introduce an actor, one row per quote, with their documents. READ.
// Parameters: this (the actor node, bound by @neo4j/graphql)
// Returns: evidence {source, quote, title, publisher, year}, one row each
UNWIND range(0, size(coalesce(this.sources, [])) - 1) AS i
OPTIONAL MATCH (s:Source {id: this.sources[i]})
RETURN {source: this.sources[i], quote: this.quotes[i], title: s.title, publisher: s.publisher, year: s.year} AS evidence
