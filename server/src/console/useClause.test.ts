import { describe, expect, it } from "vitest";
import { refuseUseClause } from "./useClause.ts";

describe("refuseUseClause", () => {
  it.each([
    ["USE system SHOW USERS", "line 1, column 1"],
    ["use neo4j MATCH (n) RETURN n", "line 1, column 1"],
    ["MATCH (n) RETURN n UNION\nUSE `system` MATCH (n) RETURN n", "line 2, column 1"],
    ["CALL { USE other MATCH (n) RETURN n } RETURN n", "line 1, column 8"],
  ])("refuses %s", (query, where) => {
    expect(() => refuseUseClause(query)).toThrow(
      `Refused: USE is not allowed: the console reads this database only (${where}).`,
    );
  });

  it.each([
    ["MATCH (use) RETURN use"],
    ["RETURN {use: 1} AS m"],
    ["// USE system\nMATCH (n) RETURN 'USE system' AS s"],
  ])("allows %s", (query) => {
    expect(() => refuseUseClause(query)).not.toThrow();
  });
});
