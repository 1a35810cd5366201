// Analysis: a one-mode projection ("who is tied through what"): actors of $type linked when they
// share intermediaries of the $via types (cities linked by the networks and projects they share);
// weight = number of shared intermediaries, and each link's evidence is that of the relationships
// to them. Work grows with the sum over intermediaries of their squared degree; the answer holds
// at most $limit links, heaviest first. READ.
// Parameters: $type: actor type, $via: list of actor types, $minShared: int >= 1, $types: list of
// relationship types or null (all), $limit: int
// Returns one row per link: from, to (GraphNode maps, from.id < to.id), weight, via (list of
// {id, name, type, relationships: collaboration maps}), total (links before the limit)
MATCH (m:Actor)-[r]-(a:Actor {type: $type})
WHERE m.type IN $via AND a <> m AND ($types IS NULL OR type(r) IN $types)
WITH m, a, collect(r) AS rels
WITH m, collect({a: a, rels: rels}) AS tied
UNWIND tied AS x
UNWIND tied AS y
WITH m, x, y WHERE x.a.id < y.a.id
WITH x.a AS a, y.a AS b, collect({m: m, rels: x.rels + y.rels}) AS shared
WHERE size(shared) >= $minShared
WITH a, b, shared ORDER BY size(shared) DESC, a.id, b.id
WITH collect({a: a, b: b, shared: shared}) AS links
UNWIND links[..$limit] AS link
WITH link.a AS a, link.b AS b, link.shared AS shared, size(links) AS total
UNWIND shared AS s
WITH a, b, total, s.m AS m, s.rels AS rels
UNWIND rels AS r
WITH a, b, total, m, collect(r {...collaboration}) AS relationships
WITH a, b, total, collect({id: m.id, name: m.name, type: m.type, relationships: relationships}) AS via
RETURN a {...actor} AS from, b {...actor} AS to, size(via) AS weight, via, total
ORDER BY weight DESC, from.id, to.id
