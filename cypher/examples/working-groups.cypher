// Title: Working groups and who sits in them
// Question: Which working groups, forums and sub-groups do the documents name, whose are they, and who chairs or belongs to them?
// READ. Parameters: none. Returns: group, parent, status, chairs, members
MATCH (group:Actor {subtype: 'working group'})
OPTIONAL MATCH (group)-[part:MEMBER_OF]->(parent:Actor)
OPTIONAL MATCH (chair:Actor)-[:COORDINATES]->(group)
OPTIONAL MATCH (member:Actor)-[:MEMBER_OF]->(group)
RETURN group.name AS group, parent.name AS parent, part.status AS status,
  collect(DISTINCT chair.name) AS chairs, collect(DISTINCT member.name) AS members
ORDER BY parent, group
