/**
 * Finds, in a token list, the Cypher constructs that loop inside one expression — list
 * comprehensions, any/all/none/single and reduce — and the range() calls. Neo4j cannot interrupt
 * these loops (see docs/design-choices.md), so the console bounds them before the query runs.
 */
import type { Token } from "./cypherTokens.ts";

/** A half-open span of token indices. */
export interface Span {
  from: number;
  to: number;
}

export interface Iteration {
  kind: "comprehension" | "quantifier" | "reduce";
  /** The first token ("[" or the function name) and the closing bracket. */
  start: number;
  end: number;
  variable: string;
  source: Span;
  /** reduce only: the accumulator and its initial value. */
  accumulator?: string;
  init?: Span;
  /** The part evaluated once per item: WHERE and projection, or reduce's step. */
  body: Span;
  /** The projection after "|" (comprehension) or the step (reduce); absent for a filter or quantifier. */
  projection?: Span;
}

export interface RangeCall {
  name: number;
  open: number;
  close: number;
  args: Span[];
}

const QUANTIFIERS = new Set(["ANY", "ALL", "NONE", "SINGLE"]);

export const isOp = (token: Token | undefined, text: string) => token?.kind === "op" && token.text === text;
export const isWord = (token: Token | undefined, upper: string) => token?.kind === "word" && token.upper === upper;
const isName = (token: Token | undefined) => token?.kind === "word" || token?.kind === "quoted";

/** The first index in [from, to) at bracket depth 0 whose token passes `stop`, else `to`. */
export function scanTo(tokens: Token[], from: number, to: number, stop: (token: Token) => boolean): number {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (stop(token)) return i;
    if (token.match > i) i = token.match;
  }
  return to;
}

/** The spans between top-level commas inside the bracket pair (open, close). */
export function splitArgs(tokens: Token[], open: number, close: number): Span[] {
  const args: Span[] = [];
  let from = open + 1;
  while (from < close) {
    const comma = scanTo(tokens, from, close, (t) => isOp(t, ","));
    args.push({ from, to: comma });
    from = comma + 1;
  }
  return args;
}

export function findIterations(tokens: Token[]): Iteration[] {
  const found: Iteration[] = [];
  tokens.forEach((token, start) => {
    if (isOp(token, "[") && isName(tokens[start + 1]) && isWord(tokens[start + 2], "IN") && token.match > start) {
      found.push(loop("comprehension", tokens, start, start, token.match));
    } else if (token.kind === "word" && isOp(tokens[start + 1], "(") && tokens[start + 1]!.match > start) {
      const open = start + 1;
      const end = tokens[open]!.match;
      if (QUANTIFIERS.has(token.upper) && isName(tokens[open + 1]) && isWord(tokens[open + 2], "IN")) {
        found.push(loop("quantifier", tokens, start, open, end));
      } else if (token.upper === "REDUCE" && isName(tokens[open + 1]) && isOp(tokens[open + 2], "=")) {
        const comma = scanTo(tokens, open + 3, end, (t) => isOp(t, ","));
        const rest = loop("reduce", tokens, start, comma, end);
        found.push({ ...rest, accumulator: nameOf(tokens[open + 1]!), init: { from: open + 3, to: comma } });
      }
    }
  });
  return found;
}

/** `variable IN source (WHERE ...)? (| projection)?` starting after token `before`, closed at `end`. */
function loop(kind: Iteration["kind"], tokens: Token[], start: number, before: number, end: number): Iteration {
  const sourceFrom = before + 3;
  const sourceTo = scanTo(tokens, sourceFrom, end, (t) => isWord(t, "WHERE") || isOp(t, "|"));
  const bar = isOp(tokens[sourceTo], "|") ? sourceTo : scanTo(tokens, sourceTo, end, (t) => isOp(t, "|"));
  return {
    kind,
    start,
    end,
    variable: nameOf(tokens[before + 1]!),
    source: { from: sourceFrom, to: sourceTo },
    body: { from: sourceTo, to: end },
    projection: bar < end ? { from: bar + 1, to: end } : undefined,
  };
}

/** A variable's name as Neo4j sees it: backticks removed. */
export function nameOf(token: Token): string {
  return token.kind === "quoted" ? token.text.slice(1, -1).replace(/``/g, "`") : token.text;
}

/** The range() call named at token `name` (also `` `range` ``), if it is one; not a namespaced `x.range()`. */
export function rangeCallAt(tokens: Token[], name: number): RangeCall | undefined {
  const open = tokens[name + 1];
  const token = tokens[name];
  const isRange = (token?.kind === "word" || token?.kind === "quoted") && nameOf(token).toUpperCase() === "RANGE";
  if (!isRange || !isOp(open, "(") || open!.match < 0 || isOp(tokens[name - 1], ".")) {
    return undefined;
  }
  return { name, open: name + 1, close: open!.match, args: splitArgs(tokens, name + 1, open!.match) };
}

export function findRangeCalls(tokens: Token[]): RangeCall[] {
  return tokens.flatMap((_, name) => rangeCallAt(tokens, name) ?? []);
}

/** `UNWIND range(...) AS x`: rows, which Neo4j can interrupt, not a loop inside one expression. */
export function isUnwound(tokens: Token[], call: RangeCall): boolean {
  return isWord(tokens[call.name - 1], "UNWIND") && isWord(tokens[call.close + 1], "AS");
}
