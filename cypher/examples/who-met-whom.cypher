// Title: Who met whom in person
// Question: Which mayors, deputies and delegations met their counterparts in person, and when?
// READ. Parameters: none. Returns: one, other, year, quote
MATCH (a:Actor)-[r:MET]->(b:Actor)
RETURN a.name AS one, b.name AS other, r.year AS year, r.quotes[0] AS quote
ORDER BY one, other
