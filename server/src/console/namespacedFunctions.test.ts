import { describe, expect, it } from "vitest";
import { refuseForeignFunctions } from "./namespacedFunctions.ts";

describe("refuseForeignFunctions", () => {
  it.each([
    ["RETURN date.truncate('month', date()) AS d, duration.between(date(), date()) AS e"],
    ["RETURN point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})) AS d"],
    ["RETURN vector.similarity.cosine([1, 0], [0, 1]) AS s"],
    ["MATCH (n) RETURN db.nameFromElementId(elementId(n)) AS db, n.name AS name"],
    ["CALL db.labels() YIELD label RETURN toUpper(label) AS l"],
    ["RETURN 'apoc.text.join(x)' AS text // apoc.version()"],
  ])("allows %s", (query) => {
    expect(() => refuseForeignFunctions(query)).not.toThrow();
  });

  it.each([
    ["RETURN apoc.version() AS v", "apoc.version", "line 1, column 8"],
    ["RETURN apoc.text.join(['a'], ',') AS v", "apoc.text.join", "line 1, column 8"],
    ["MATCH (n)\nRETURN `apoc`.`util`.md5([n.id]) AS h", "apoc.util.md5", "line 2, column 8"],
    ["RETURN gds.similarity.cosine([1], [1]) AS s", "gds.similarity.cosine", "line 1, column 8"],
  ])("refuses %s", (query, name, where) => {
    expect(() => refuseForeignFunctions(query)).toThrow(
      `Refused: function ${name}() is not available in the public console; it allows Neo4j's built-in functions (${where}).`,
    );
  });
});
