// Title: Former, planned and proposed collaborations
// Question: Which collaborations do the documents describe as former, planned or proposed rather than current?
// READ. Parameters: none. Returns: from, type, to, status, quote
MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.status IS NOT NULL
RETURN a.name AS from, type(r) AS type, b.name AS to, r.status AS status, r.quotes[0] AS quote
ORDER BY status, from, to
