// Title: Who wrote the local integration plans
// Question: Which cities, departments and groups wrote or co-wrote a local strategy or plan, and when?
// READ. Parameters: none. Returns: plan, authors, year
MATCH (author:Actor)-[r:AUTHORED]->(plan:Project {subtype: 'strategy'})
WITH plan, author, r
ORDER BY author.name
RETURN plan.name AS plan, collect(author.name + coalesce(' (' + r.status + ')', '')) AS authors, min(r.year) AS year
ORDER BY plan
