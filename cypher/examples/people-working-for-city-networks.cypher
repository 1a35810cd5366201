// Title: People working for city networks
// Question: Who works for a city network, and in which role?
// READ. Parameters: none. Returns: person, office, network
MATCH (person:Person)-[work:WORKS_FOR]->(network:CityNetwork)
RETURN person.name AS person, work.office AS office, network.name AS network
ORDER BY network, person
