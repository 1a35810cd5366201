// Title: The biggest funders
// Question: Which funders finance the most actors and projects in the network?
// READ. Parameters: none. Returns: funder, funded, examples
MATCH (funder)-[:FUNDS]->(funded)
WITH funder, collect(funded.name) AS names
RETURN funder.name AS funder, size(names) AS funded, names[..5] AS examples
ORDER BY funded DESC, funder
LIMIT 10
