// Analysis: the actors tied to every one of the given actors (Eurocities + IASH: the cities in
// both), each with its collaborations with each of them and their evidence. The given actors
// themselves are not listed. At most $limit actors, the most ties first; evidence is read only
// for those. READ.
// Parameters: $ids: list of 2..10 distinct actor ids (all existing: the caller checks), $types:
// list of relationship types or null (all), $limit: int
// Returns one row per common neighbour: actor (GraphNode map), ties (list of {of, direction: OUT
// or IN seen from the common neighbour, relationship: collaboration map}), total (common
// neighbours before the limit)
MATCH (given:Actor)-[r]-(n:Actor)
WHERE given.id IN $ids AND NOT n.id IN $ids AND ($types IS NULL OR type(r) IN $types)
WITH n, count(DISTINCT given) AS tiedTo, collect({of: given.id, r: r}) AS pairs
WHERE tiedTo = size($ids)
WITH n, pairs ORDER BY size(pairs) DESC, n.id
WITH collect({n: n, pairs: pairs}) AS found
UNWIND found[..$limit] AS f
WITH f.n AS n, f.pairs AS pairs, size(found) AS total
UNWIND pairs AS pair
WITH n, total, pair.of AS of, pair.r AS r
WITH n, total, collect({of: of, direction: CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END,
  relationship: r {...collaboration}}) AS ties
RETURN n {...actor} AS actor, ties, total
ORDER BY size(ties) DESC, n.id
