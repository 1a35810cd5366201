// Analysis: one page of the whole graph for whole-database metrics: up to $limit actors after
// $after in id order (the actor_id constraint's index gives the order and the start), each with
// its outgoing collaborations to actors. Paged so that no answer or row holds the whole graph. READ.
// Parameters: $after: string ("" for the first page), $limit: int
// Returns: id, links (list of [target id, relationship type])
MATCH (a:Actor)
WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
RETURN a.id AS id, [(a)-[r]->(b:Actor) | [b.id, type(r)]] AS links
