// Title: Brokers between cities and international bodies
// Question: Which networks, projects or NGOs connect cities with international bodies (directly linked to both)?
// READ. Parameters: none. Returns: broker, type, cities, bodies
MATCH (city:City)--(broker:Actor)--(body:InternationalBody)
WHERE NOT broker:City AND NOT broker:InternationalBody
WITH broker, collect(DISTINCT city.name) AS cities, collect(DISTINCT body.name) AS bodies
RETURN broker.name AS broker, broker.type AS type, size(cities) AS cities, bodies
ORDER BY cities * size(bodies) DESC, broker
LIMIT 10
