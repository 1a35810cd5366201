// Title: Civil society in the WELDI partner cities
// Question: Which NGOs work in each WELDI partner city?
// READ. Parameters: none. Returns: city, ngos
MATCH (city:City)-[:MEMBER_OF]->(:CityNetwork {id: 'weldi'})
MATCH (ngo:NGO)-[:LOCATED_IN]->(city)
RETURN city.name AS city, collect(ngo.name) AS ngos
ORDER BY city
