// Title: Who was interviewed for the ADMin4ALL report
// Question: Who gave interviews or information to MPI Europe's report on smaller and newer destination cities, and where do they work?
// READ. Parameters: none. Returns: informant, type, workplaces
MATCH (informant:Actor)-[:INFORMED]->(:Actor {id: 'mpi-europe'})
OPTIONAL MATCH (informant)-[:WORKS_FOR]->(workplace:Actor)
WITH informant, workplace
ORDER BY workplace.name
RETURN informant.name AS informant, informant.type AS type, collect(workplace.name) AS workplaces
ORDER BY type, informant
