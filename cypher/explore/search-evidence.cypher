// Explore: search the verbatim quotes, of collaborations and of actors, for every word of $text. READ.
// Only letters and digits of the input reach Lucene (every other character becomes a space, words
// are lower-cased so AND/OR/NOT stay words): input cannot inject Lucene syntax. Every word is
// required; of Lucene's best 50 per index, quotes holding the words as a phrase rank first (a
// phrase clause in the Lucene query itself took 2 to 10 times as long at 10M quotes, since
// Lucene then reads positions for every candidate). The indexes fold accents ('standard-folding').
// Of an element's quotes, the one holding most of the words is returned; each quote once.
// Parameters: $text: string (first 200 characters used), $limit: int (1..50)
// Returns: hit {kind: relationship|actor, from, relationshipId, relationshipType, to, quote, source,
// title, publisher, year}; from/to are actors as GraphNode maps (to: relationships only)
WITH [w IN split(reduce(s = '', c IN split(normalize(lower(left(coalesce($text, ''), 200))), '') | s +
  CASE WHEN (c >= '0' AND c <= '9') OR toUpper(c) <> toLower(c) OR c > '\u2fff' THEN c ELSE ' ' END), ' ')
  WHERE w <> ''][..12] AS words
WHERE size(words) > 0
WITH words, reduce(q = '', w IN words | q + ' +' + w) AS lucene
CALL (lucene) {
  CALL db.index.fulltext.queryRelationships('collaboration_quotes', lucene, {limit: 50}) YIELD relationship, score
  RETURN 'relationship' AS kind, startNode(relationship) AS a, relationship AS r, endNode(relationship) AS b, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('actor_quotes', lucene, {limit: 50}) YIELD node, score
  RETURN 'actor' AS kind, node AS a, null AS r, null AS b, score
}
WITH words, kind, a, r, b, score, coalesce(r.sources, a.sources) AS sources, coalesce(r.quotes, a.quotes) AS quotes
WITH words, kind, a, r, b, score, sources, quotes,
     [q IN quotes | size([w IN words WHERE toLower(q) CONTAINS w])] AS found
WITH words, kind, a, r, b, score, sources, quotes,
     reduce(best = 0, i IN range(0, size(found) - 1) | CASE WHEN found[i] > found[best] THEN i ELSE best END) AS i
WITH kind, a, r, b, score, sources, quotes, i,
     toLower(quotes[i]) CONTAINS substring(reduce(p = '', w IN words | p + ' ' + w), 1) AS phrase
OPTIONAL MATCH (s:Source {id: sources[i]})
WITH score, phrase, {
  kind: kind,
  from: a {...actor},
  relationshipId: r.id,
  relationshipType: type(r),
  to: b {...actor},
  quote: quotes[i], source: sources[i], title: s.title, publisher: s.publisher, year: s.year
} AS hit
ORDER BY phrase DESC, score DESC
// One quote often states several facts (an actor and its memberships): it is listed once.
WITH hit.quote AS quote, hit.source AS source, collect(hit)[0] AS hit, max(phrase) AS phrase, max(score) AS score
RETURN hit
ORDER BY phrase DESC, score DESC, quote
LIMIT CASE WHEN $limit < 1 THEN 1 WHEN $limit > 50 THEN 50 ELSE $limit END
