// Title: What builds on what
// Question: Which networks, programmes and models continue or build on an earlier one?
// READ. Parameters: none. Returns: later, earlier, year, status, quote
MATCH (later:Actor)-[r:BUILDS_ON]->(earlier:Actor)
RETURN later.name AS later, earlier.name AS earlier, r.year AS year, r.status AS status, r.quotes[0] AS quote
ORDER BY earlier, later
