// Title: Cities in two or more city networks
// Question: Which cities belong to two or more city networks (stated memberships, not plans; working groups aside), and to which?
// READ. Parameters: none. Returns: city, networks, count
MATCH (city:City)-[membership:MEMBER_OF]->(network:CityNetwork)
WHERE membership.status IS NULL AND coalesce(network.subtype, '') <> 'working group'
WITH city, collect(network.name) AS networks
WHERE size(networks) >= 2
RETURN city.name AS city, networks, size(networks) AS count
ORDER BY count DESC, city
