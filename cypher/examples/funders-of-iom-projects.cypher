// Title: Who funds the projects IOM runs
// Question: Which projects does IOM coordinate, and who funds them?
// READ. Parameters: none. Returns: project, funders
MATCH (:InternationalBody {id: 'iom'})-[:COORDINATES]->(project)
OPTIONAL MATCH (funder)-[:FUNDS]->(project)
RETURN project.name AS project, collect(funder.name) AS funders
ORDER BY size(funders) DESC, project
