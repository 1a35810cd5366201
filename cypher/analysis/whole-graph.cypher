// Analysis: the whole graph for whole-database metrics, in one pass that the caller streams row by
// row: every actor with its outgoing collaborations to actors. One row an actor, so isolated
// actors come too and no row holds more than one actor's links. READ.
// Parameters: none
// Returns: id, links (list of [target id, relationship type])
MATCH (a:Actor)
RETURN a.id AS id, [(a)-[r]->(b:Actor) | [b.id, type(r)]] AS links
