// Title: Countries inherited from a place
// Question: Which people and organisations have a country only because they are tied to one place, and which place?
// READ. Parameters: none. Returns: actor, type, country, places
MATCH (a:Actor {countrySource: 'inherited'})-[:LOCATED_IN|MAYOR_OF|WORKS_FOR]->(place:Actor)
WHERE place.country = a.country AND place.countrySource IS NULL
RETURN a.name AS actor, a.type AS type, a.country AS country, collect(DISTINCT place.name) AS places
ORDER BY country, actor
