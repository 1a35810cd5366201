// Title: The Solidarity Cities initiative as a graph
// Question: Draw the cities in Eurocities' Solidarity Cities initiative with their mayors and who founded and coordinates it.
// READ. Parameters: none. Returns: paths (drawn in the explorer)
MATCH initiative = (:Actor)-[:MEMBER_OF|PARTICIPATES_IN|FOUNDED|COORDINATES]->(:CityNetwork {id: 'solidarity-cities-initiative'})
OPTIONAL MATCH mayors = (:Person)-[:MAYOR_OF]->(city:City)-[:MEMBER_OF|PARTICIPATES_IN]->(:CityNetwork {id: 'solidarity-cities-initiative'})
RETURN initiative, mayors
