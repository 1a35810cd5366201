// Analysis: the actors with the given ids, as GraphQL GraphNodes (the top of a metric). READ.
// Parameters: $ids: list of actor ids
// Returns: actor (GraphNode map)
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a {...actor} AS actor
