// Title: From Bremen to UNHCR
// Question: Through which actors is the city of Bremen connected to UNHCR (shortest chains)?
// READ. Parameters: none. Returns: chain (names in order), steps
MATCH (from:Actor {id: 'bremen'}), (to:Actor {id: 'unhcr'})
MATCH path = allShortestPaths((from)-[*..6]-(to))
RETURN [node IN nodes(path) | node.name] AS chain, length(path) AS steps
ORDER BY chain
LIMIT 10
