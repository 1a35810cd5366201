// Title: Peer exchanges WELDI partners proposed
// Question: Which WELDI partner cities proposed to cooperate with or learn from each other?
// READ. Parameters: none. Returns: city, partner, quote
MATCH (a:City)-[:MEMBER_OF]->(weldi:CityNetwork {id: 'weldi'})<-[:MEMBER_OF]-(b:City)
MATCH (a)-[r:PARTNERS_WITH {status: 'proposed'}]->(b)
RETURN a.name AS city, b.name AS partner, r.quotes[0] AS quote
ORDER BY city, partner
