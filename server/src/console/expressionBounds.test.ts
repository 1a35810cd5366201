import { describe, expect, it } from "vitest";
import { ConsoleError } from "./ConsoleError.ts";
import { checkExpressions } from "./expressionBounds.ts";
import { DEFAULT_CONSOLE_BOUNDS } from "./limits.ts";

function verdict(query: string, params: Record<string, unknown> = {}): string {
  try {
    checkExpressions(query, params, DEFAULT_CONSOLE_BOUNDS);
    return "allowed";
  } catch (error) {
    expect(error).toBeInstanceOf(ConsoleError);
    expect((error as ConsoleError).code).toBe("CYPHER_EXPRESSION_LIMIT");
    return (error as ConsoleError).message;
  }
}

describe("checkExpressions", () => {
  it.each([
    ["UNWIND range(1, 100000000) AS x RETURN x"],
    ["RETURN [x IN range(1, 100000) | x] AS xs"],
    ["RETURN [x IN range(1, 3) WHERE x > 1 | x * 2] AS xs"],
    ["RETURN range(1, $n) AS xs", { n: 50 }],
    ["RETURN reduce(total = 0, x IN range(1, 10000) | total + x) AS sum"],
    ["RETURN 'range(1, 1000000000)' AS text // range(1, 1e12)"],
    ["MATCH (a) RETURN reduce(seen = [], s IN a.sources | CASE WHEN s IN seen THEN seen ELSE seen + s END) AS d"],
    ["WITH ['a'] AS terms RETURN reduce(q = '', t IN terms | q + CASE q WHEN '' THEN '' ELSE ' AND ' END + t) AS q"],
    ["RETURN reduce(s = '', x IN range(1, 10) | CASE WHEN size(s) > 3 THEN s + 'a' ELSE s + 'b' END) AS s"],
    ["RETURN reduce(m = {}, x IN [1, 2] | {a: m.a}) AS m"],
    ["MATCH (n) RETURN [(n)-->(m) | m.name] AS names"],
    ["MATCH p = (a)--(b) RETURN [node IN nodes(p) | node.name] AS names"],
    ["MATCH (a)-[r]->(b) RETURN [i IN range(0, 3) | {source: r.sources[i], quote: r.quotes[i]}] AS evidence"],
    ["WITH [1, 2] AS xs, 0 AS i RETURN xs[i] + xs[i + 1] AS s"],
    ["MATCH (n) RETURN n.name + ' ' + n.id AS label, n"],
    ["MATCH (n) WHERE n.name STARTS WITH 'A' RETURN CASE WHEN n.x > 1 THEN n.name ELSE n.name END AS name"],
    ["WITH 'x' AS a RETURN replace(a, 'x', 'y') AS b, replace(a, 'xx', 'zz') AS c"],
    ["MATCH (a) RETURN a, COUNT { (a)-->(:Actor)<--(a) } AS triangles"],
  ])("allows %s", (query, params?: Record<string, unknown>) => {
    expect(verdict(query, params)).toBe("allowed");
  });

  it.each([
    [
      "RETURN reduce(s = '', x IN range(1, 10000000) | s + 'x')",
      "Refused: range(1, 10000000) in an expression spans 10,000,000 elements; the limit is 100,000 (line 1, column 28).",
    ],
    ["RETURN [x IN range(1, 40000000) | x]", /range\(1, 40000000\) in an expression spans 40,000,000 elements/],
    ["RETURN any(x IN range(1, 100000000) WHERE x = 0)", /spans 100,000,000 elements/],
    ["RETURN `range`(0, 1000000) AS xs", /spans 1,000,001 elements/],
    ["RETURN range(1, $n) AS xs", /spans 1,000,000,000 elements/, { n: 1e9 }],
    ["RETURN [x IN range(1, 1000) | [y IN range(1, 1000) | y]]", /1,000 times over, 1,000,000 in all/],
    ["RETURN range(1, size([1, 2])) AS xs", /needs literal numbers as bounds/],
    [
      "MATCH (n) RETURN any(x IN range(0, n.count) WHERE x = 3)",
      /needs literal numbers as bounds.*\(line 1, column 27\)/,
    ],
    ["RETURN reduce(n = 0, x IN range(1, 50000) | n + x)", /takes 50,000 steps; the limit is 10,000/],
    ["RETURN size(reduce(s = 'x', i IN range(1, 30) | s + s))", /copies its accumulator s 2 times in one step/],
    ["RETURN reduce(acc = [1], i IN range(1, 30) | acc + acc)", /copies its accumulator acc 2 times/],
    ["RETURN reduce(l = [1], i IN range(1, 30) | [l, l])", /copies its accumulator l 2 times/],
    ["RETURN reduce(l = ['x'], i IN range(1, 30) | [x IN l | x + x])", /copies its accumulator l 2 times/],
    ["RETURN reduce(s = 'x', i IN range(1, 30) | replace(s, 'x', 'xx'))", /passes its accumulator to replace\(\)/],
    ["RETURN reduce(s = 'x', i IN range(1, 30) | reduce(t = s, j IN [1] | t + s))", /copies its accumulator s 2 times/],
    [
      `RETURN reduce(s = '', x IN range(1, 10000) | s + '${"x".repeat(200)}')`,
      /builds about 2 MB in one expression; the limit is 1 MB/,
    ],
    [`RETURN [x IN range(1, 100000) | '${"y".repeat(100)}']`, /builds about 10 MB/],
    [
      `WITH 'x' AS a${" WITH a + a AS a".repeat(31)} RETURN size(a)`,
      "Refused: a + a copies a 2 times into one value; passed on through WITH this doubles it at every step, so a projection may copy a value once (line 1, column 20).",
    ],
    ["WITH {s: 'x'} AS m WITH {s: m.s + m.s} AS m RETURN m", /copies m\.s 2 times into one value/],
    ["WITH [1] AS a WITH [a, a] AS a RETURN a", /copies a 2 times into one value/],
    ["WITH ['x'] AS l WITH [x IN l | x + x] AS l RETURN l", /copies l 2 times into one value/],
    ["WITH [1] AS l WITH reduce(t = [], x IN l | t + [x, x]) AS l RETURN l", /copies l 2 times into one value/],
    ["WITH 'x' AS a WITH [i IN range(1, 2) | a] AS a RETURN a", /copies a 2 times into one value/],
    ["WITH [1] AS xs RETURN xs[0..] + xs[0..] AS s", /copies xs 2 times/],
    ["MATCH (a) RETURN COLLECT { WITH a.name AS s RETURN s + s } AS names", /s \+ s copies s 2 times/],
    ["WITH 'x' AS a RETURN replace(replace(a, 'x', 'xx'), 'x', 'xx') AS b", /a second replace\(\) that lengthens text/],
  ])("refuses %s", (query, expected, params?: Record<string, unknown>) => {
    expect(verdict(query, params)).toMatch(expected);
  });
});
