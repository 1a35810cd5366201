// Explore: forgiving search over actor names and aliases, for autocomplete. READ.
// Case, accents, punctuation and German transliteration (ü/ue, ö/oe, ä/ae, ß/ss) do not matter,
// and one or two typos are forgiven (Lucene fuzzy terms). The index folds accents itself
// ('standard-folding'), but Lucene leaves prefix terms unanalysed, so the query is folded here
// too. Only letters and digits of the input reach Lucene: every other character becomes a space,
// and words are lower-cased (so AND/OR/NOT stay words), so input can never inject Lucene syntax.
// Ranking: a name or alias equal to the text, then one starting with it, then one holding every
// word, then fuzzy matches; ties go to the better connected actor (degree), then Lucene's score.
// Parameters: $text: string typed by the user (first 200 characters used), $limit: int (1..50)
// Returns: actor (node) and hit {id, name, type, country, aliases, match: exact|prefix|words|fuzzy}
WITH [text IN [left(coalesce($text, ''), 200)] | normalize(replace(lower(text), 'ß', 'ss'), NFD)][0] AS decomposed
// Two folded forms: umlauts dropped (ü -> u) and spelt out (ü -> ue); marks U+0300-U+036F removed.
WITH [form IN [decomposed, replace(replace(replace(decomposed, 'a\u0308', 'ae'), 'o\u0308', 'oe'), 'u\u0308', 'ue')] |
  [w IN split(reduce(s = '', c IN split(form, '') | s +
    CASE WHEN c >= '\u0300' AND c <= '\u036f' THEN ''
         WHEN (c >= '0' AND c <= '9') OR toUpper(c) <> toLower(c) OR c > '\u2fff' THEN c
         ELSE ' ' END), ' ') WHERE w <> ''][..8]] AS forms
WITH forms[0] AS words, forms[1] AS spelled
WHERE size(words) > 0
// The contracted form (ue -> u) meets names stored with umlauts from a transliterated query.
WITH [w IN words | replace(replace(replace(w, 'ae', 'a'), 'oe', 'o'), 'ue', 'u')] AS keys, words, spelled
WITH keys, [i IN range(0, size(words) - 1) |
  reduce(vs = [], v IN [words[i], spelled[i], keys[i]] | CASE WHEN v IN vs THEN vs ELSE vs + v END)] AS variants
// Per word: its exact and prefix terms, and its typo terms.
WITH keys, [vs IN variants | [reduce(alts = '', v IN vs | alts + ' ' + v + '^4 ' + v + '*^2'),
  reduce(typos = '', v IN vs | typos + CASE WHEN size(v) >= 6 THEN ' ' + v + '~2' WHEN size(v) >= 3 THEN ' ' + v + '~1' ELSE '' END)]] AS terms
WITH keys, reduce(q = '', t IN terms | q + ' +(' + t[0] + ')') AS everyWord,
  reduce(q = '', t IN terms | q + ' (' + t[0] + t[1] + ')') AS lucene
// Fuzzy terms cost Lucene as much again as the words for a common word (at 1M names: 15 ms
// against 9 for "shared"), and typo matches rank last: they are asked for only when names
// holding every word (as a word or a word's start) are fewer than $limit.
CALL (everyWord) {
  CALL db.index.fulltext.queryNodes('actor_names', everyWord, {limit: 200}) YIELD node, score
  RETURN collect({node: node, score: score}) AS strict
}
CALL (lucene, strict) {
  WITH strict WHERE size(strict) >= $limit
  UNWIND strict AS hit
  RETURN hit.node AS node, hit.score AS score
  UNION ALL
  WITH lucene, strict WHERE size(strict) < $limit
  CALL db.index.fulltext.queryNodes('actor_names', lucene, {limit: 200}) YIELD node, score
  RETURN node, score
}
// The same folding applied to the actor's name and aliases, word by word. A name of plain ASCII
// letters, digits and spaces folds to itself: it skips the character-by-character pass over the
// 200 candidates' names and aliases (at 1M actors: p95 29 ms -> 22 ms, BENCHMARKS.md).
WITH keys, node, score, [name IN [node.name] + coalesce(node.aliases, []) |
  [w IN split(CASE WHEN lower(name) =~ '[a-z0-9 ]*' THEN lower(name) ELSE
    reduce(s = '', c IN split(normalize(replace(lower(name), 'ß', 'ss'), NFD), '') | s +
    CASE WHEN c >= '\u0300' AND c <= '\u036f' THEN ''
         WHEN (c >= '0' AND c <= '9') OR toUpper(c) <> toLower(c) OR c > '\u2fff' THEN c
         ELSE ' ' END) END, ' ') WHERE w <> '' | replace(replace(replace(w, 'ae', 'a'), 'oe', 'o'), 'ue', 'u')]] AS names
WITH node, score,
  CASE WHEN any(n IN names WHERE n = keys) THEN 0
       WHEN any(n IN names WHERE size(n) >= size(keys) AND n[..size(keys) - 1] = keys[..-1] AND n[size(keys) - 1] STARTS WITH keys[-1]) THEN 1
       WHEN any(n IN names WHERE all(k IN keys WHERE any(w IN n WHERE w STARTS WITH k))) THEN 2
       ELSE 3 END AS tier
WITH node, score, tier, COUNT { (node)--() } AS degree
ORDER BY tier, degree DESC, score DESC, node.name
LIMIT CASE WHEN $limit < 1 THEN 1 WHEN $limit > 50 THEN 50 ELSE $limit END
RETURN node AS actor, node {.id, .name, .type, .country, .aliases, match: ['exact', 'prefix', 'words', 'fuzzy'][tier]} AS hit
