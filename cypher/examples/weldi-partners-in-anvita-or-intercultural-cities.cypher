// Title: WELDI partners also in ANVITA or Intercultural Cities
// Question: Which partners of the URBACT network WELDI are also members of ANVITA or Intercultural Cities (and how firmly)?
// READ. Parameters: none. Returns: city, network, status
MATCH (city:City)-[:MEMBER_OF]->(:CityNetwork {id: 'weldi'})
MATCH (city)-[membership:MEMBER_OF]->(network:CityNetwork)
WHERE network.id IN ['anvita', 'intercultural-cities']
RETURN city.name AS city, network.name AS network, coalesce(membership.status, 'member') AS status
ORDER BY city, network
