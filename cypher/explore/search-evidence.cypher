// Explore: search the verbatim quotes, of collaborations and of actors, for every word of $text. READ.
// Only letters and digits of the input reach Lucene (every other character becomes a space, words
// are lower-cased so AND/OR/NOT stay words): input cannot inject Lucene syntax. Every word is
// required; Lucene ranks by the rarest word alone (below); of its best 25 per index, quotes holding
// the words as a phrase rank first (a phrase clause in the Lucene query itself took 2 to 10 times as
// long at 10M quotes, since Lucene then reads positions for every candidate). The indexes fold
// accents ('standard-folding').
// Of an element's quotes, the one holding most of the words is returned; each quote once.
// Parameters: $text: string (first 200 characters used), $limit: int (1..50)
// Returns: hit {kind: relationship|actor, from, relationshipId, relationshipType, to, quote, source,
// title, publisher, year}; from/to are actors as GraphNode maps (to: relationships only)
WITH [w IN split(reduce(s = '', c IN split(normalize(lower(left(coalesce($text, ''), 200))), '') | s +
  CASE WHEN (c >= '0' AND c <= '9') OR toUpper(c) <> toLower(c) OR c > '\u2fff' THEN c ELSE ' ' END), ' ')
  WHERE w <> ''][..12] AS words
WHERE size(words) > 0
// Two common words each scored made Lucene score every quote holding both (1.5M of 10M: 40 ms).
// Scored by the rarest word only, the others required at weight 0, Lucene skips the blocks that
// cannot beat its best 25 (p95 27 -> 17 ms, BENCHMARKS.md). The rarest word has the highest
// weight (idf): its best quote's score divided by that quote's BM25 term and length factor
// (Lucene's k1 1.2 and b 0.75; 12 words taken as the average quote). A wrong guess costs time only.
// For quotes holding each word once, ranking by one word or by all orders them alike: by length.
// A single word needs no pick (rarest stays null: the word is scored).
OPTIONAL CALL (words) {
  WITH words WHERE size(words) > 1
  UNWIND words AS w
  CALL db.index.fulltext.queryRelationships('collaboration_quotes', w, {limit: 1}) YIELD relationship, score
  WITH w, score, [t IN split(toLower(reduce(s = '', q IN relationship.quotes | s + ' ' + q)), ' ') WHERE t <> ''] AS tokens
  WITH w, score, size(tokens) AS length, size([t IN tokens WHERE t STARTS WITH w]) AS count
  RETURN w AS rarest
  ORDER BY score * (count + 1.2 * (0.25 + 0.75 * length / 12.0)) / CASE WHEN count > 0 THEN count ELSE 1 END DESC, w
  LIMIT 1
}
// Listed first, the scored word leads Lucene's walk (for two words in the same quotes, as in
// "health care", 4 ms against 22 with the weightless word first).
WITH words, CASE WHEN rarest IS NULL THEN reduce(q = '', w IN words | q + ' +' + w)
  ELSE reduce(q = '+' + rarest, w IN [x IN words WHERE x <> rarest] | q + ' +' + w + '^0') END AS lucene
// Candidates per index: 25, or $limit if more. 50 ranked a few more phrase hits among the top 5
// (+2%), but reading twice the quotes made the first search of each text slower (p95 19 -> 26 ms).
WITH words, lucene, CASE WHEN $limit > 50 THEN 50 WHEN $limit > 25 THEN $limit ELSE 25 END AS candidates
CALL (lucene, candidates) {
  CALL db.index.fulltext.queryRelationships('collaboration_quotes', lucene, {limit: candidates}) YIELD relationship, score
  RETURN 'relationship' AS kind, relationship AS r, null AS node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('actor_quotes', lucene, {limit: candidates}) YIELD node, score
  RETURN 'actor' AS kind, null AS r, node, score
}
WITH words, kind, r, node, score, coalesce(r.sources, node.sources) AS sources, coalesce(r.quotes, node.quotes) AS quotes
WITH words, kind, r, node, score, sources, quotes,
     [q IN quotes | size([w IN words WHERE toLower(q) CONTAINS w])] AS found
WITH words, kind, r, node, score, sources, quotes,
     reduce(best = 0, i IN range(0, size(found) - 1) | CASE WHEN found[i] > found[best] THEN i ELSE best END) AS i
WITH kind, r, node, score, quotes[i] AS quote, sources[i] AS source,
     toLower(quotes[i]) CONTAINS substring(reduce(p = '', w IN words | p + ' ' + w), 1) AS phrase
ORDER BY phrase DESC, score DESC
// One quote often states several facts (an actor and its memberships): it is listed once. Only
// the hits returned are projected, with their actors and document (not every candidate).
WITH quote, source, collect({kind: kind, r: r, node: node})[0] AS first, max(phrase) AS phrase, max(score) AS score
ORDER BY phrase DESC, score DESC, quote
LIMIT CASE WHEN $limit < 1 THEN 1 WHEN $limit > 50 THEN 50 ELSE $limit END
WITH quote, source, phrase, score, first.kind AS kind, first.r AS r, coalesce(first.node, startNode(first.r)) AS a,
     endNode(first.r) AS b
OPTIONAL MATCH (s:Source {id: source})
WITH phrase, score, {
  kind: kind,
  from: a {...actor},
  relationshipId: r.id,
  relationshipType: type(r),
  to: b {...actor},
  quote: quote, source: source, title: s.title, publisher: s.publisher, year: s.year
} AS hit
RETURN hit
ORDER BY phrase DESC, score DESC, hit.quote
