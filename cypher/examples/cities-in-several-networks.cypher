// Title: Cities in two or more city networks
// Question: Which cities belong to two or more city networks, and to which?
// READ. Parameters: none. Returns: city, networks, count
MATCH (city:City)-[:MEMBER_OF]->(network:CityNetwork)
WITH city, collect(network.name) AS networks
WHERE size(networks) >= 2
RETURN city.name AS city, networks, size(networks) AS count
ORDER BY count DESC, city
