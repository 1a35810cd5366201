// Projection: the fields of a collaboration that every query returning relationships gives
// (GraphQL GraphEdge), with each quote's document title, publisher and year where known.
// Used as `r {...collaboration}`; `@` stands for the variable it is applied to.
{.id, type: type(@), source: startNode(@).id, target: endNode(@).id, .year, .until, .reportedYear, .status, .office, .purpose, .sources,
  evidence: [evidenceIndex IN range(0, size(@.sources) - 1) |
    coalesce(head(COLLECT { MATCH (document:Source {id: @.sources[evidenceIndex]})
      RETURN document {source: document.id, quote: @.quotes[evidenceIndex], .title, .publisher, .year} }),
      {source: @.sources[evidenceIndex], quote: @.quotes[evidenceIndex]})]}
