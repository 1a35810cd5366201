// Explore: full-text search over actor names and aliases, for autocomplete. READ.
// Every word of $text must match as a prefix (Lucene syntax characters are escaped first).
// Parameters: $text: string typed by the user, $limit: int
// Returns: actor (node), best matches first
WITH [w IN split(trim($text), ' ') WHERE w <> ''] AS words
WITH [w IN words | reduce(s = w, c IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/'] | replace(s, c, '\\' + c)) + '*'] AS terms
WHERE size(terms) > 0
CALL db.index.fulltext.queryNodes('actor_names', reduce(q = '', t IN terms | q + CASE q WHEN '' THEN '' ELSE ' AND ' END + t)) YIELD node, score
RETURN node AS actor
ORDER BY score DESC, node.name
LIMIT $limit
