/**
 * How many copies of a variable an expression can build into its value. reduce's step must copy
 * its accumulator at most once: `s + s`, `[acc, acc]` or `replace(s, 'x', 'xx')` double it at
 * every step, and thirty steps make a gigabyte that Neo4j neither counts nor interrupts.
 * Uses that yield no copy are not counted: comparisons (`x IN seen`, `s = ''`), size(s), property
 * keys, and all but the largest branch of a CASE (only one branch runs).
 */
import type { Token } from "./cypherTokens.ts";
import { isOp, isWord, nameOf, scanTo, type Iteration, type Span } from "./iterations.ts";

/** A count that stands for "can multiply without bound" (replace() on the variable). */
export const UNBOUNDED_COPIES = Number.POSITIVE_INFINITY;

const COMPARISONS = new Set(["=", "<>", "<", ">", "<=", ">=", "=~", "IN", "CONTAINS", "IS", "STARTS", "ENDS"]);
const SCALAR_OF = new Set(["SIZE", "LENGTH", "ISEMPTY"]);
const SUBQUERIES = new Set(["COUNT", "EXISTS", "COLLECT"]);
// Words after which "[" opens a list rather than an index.
const KEYWORDS = new Set(
  "WITH RETURN UNWIND IN AND OR XOR NOT WHERE WHEN THEN ELSE CASE AS DISTINCT BY CONTAINS IS".split(" "),
);

export interface GrowthContext {
  tokens: Token[];
  /** Iterations by their first token, to treat a nested loop as a whole. */
  iterationAt: Map<number, Iteration>;
  /** The item count of an iteration's source when known. */
  lengthOf: (iteration: Iteration) => number | undefined;
  /** Match names as whole property paths (`m.s`) rather than by their variable (`m`). */
  byPath?: boolean;
}

export function countCopies(context: GrowthContext, span: Span, names: ReadonlySet<string>): number {
  const { tokens } = context;
  let total = 0;
  for (let i = span.from; i < span.to; i++) {
    const token = tokens[i]!;
    const nested = context.iterationAt.get(i);
    if (nested) {
      total += nestedCopies(context, nested, names);
      i = nested.end;
    } else if (isOp(token, "{") && SUBQUERIES.has(tokens[i - 1]?.upper ?? "") && token.match > i) {
      i = token.match; // a subquery's own RETURN is checked as a projection of its own
    } else if (isWord(token, "CASE")) {
      const end = caseEnd(tokens, i, span.to);
      total += caseCopies(context, { from: i + 1, to: end }, names);
      i = end;
    } else if (isWord(token, "REPLACE") && isOp(tokens[i + 1], "(") && tokens[i + 1]!.match > i) {
      const firstArg = scanTo(tokens, i + 2, tokens[i + 1]!.match, (t) => isOp(t, ","));
      if (countCopies(context, { from: i + 2, to: firstArg }, names) > 0) return UNBOUNDED_COPIES;
    } else if (token.kind === "word" || token.kind === "quoted") {
      const path = pathAt(tokens, i);
      if (names.has(context.byPath ? path.key : nameOf(token)) && !yieldsNoCopy(tokens, i, path.last, span)) {
        total += 1;
      }
    }
  }
  return total;
}

/** A loop repeats its body once per item; an unknown item count is taken as at least two. */
function nestedCopies(context: GrowthContext, loop: Iteration, names: ReadonlySet<string>): number {
  if (loop.kind === "quantifier") return 0;
  const times = context.lengthOf(loop) ?? 2;
  const perItem = loop.projection ? countCopies(context, loop.projection, new Set([loop.variable])) : 1;
  const fromSource = countCopies(context, loop.source, names) * Math.max(1, perItem);
  const fromBody = loop.projection ? countCopies(context, loop.projection, names) * times : 0;
  const fromInit = loop.init ? countCopies(context, loop.init, names) : 0;
  return fromInit + fromSource + fromBody;
}

/** Only one branch of a CASE runs: the most copies of any THEN or ELSE result. */
function caseCopies(context: GrowthContext, inside: Span, names: ReadonlySet<string>): number {
  const { tokens } = context;
  const keywords: number[] = [];
  for (let i = inside.from; i < inside.to; i++) {
    const token = tokens[i]!;
    if (isWord(token, "CASE")) i = caseEnd(tokens, i, inside.to);
    else if (token.match > i) i = token.match;
    else if (["WHEN", "THEN", "ELSE"].includes(token.upper) && token.kind === "word") keywords.push(i);
  }
  let most = 0;
  keywords.forEach((keyword, n) => {
    if (isWord(tokens[keyword], "WHEN")) return; // a condition: its value is not kept
    const result = { from: keyword + 1, to: keywords[n + 1] ?? inside.to };
    most = Math.max(most, countCopies(context, result, names));
  });
  return most;
}

/** The END that closes the CASE at `start` (nested CASEs counted), or `limit`. */
function caseEnd(tokens: Token[], start: number, limit: number): number {
  let depth = 0;
  for (let i = start; i < limit; i++) {
    const token = tokens[i]!;
    if (isWord(token, "CASE")) depth++;
    else if (isWord(token, "END") && --depth === 0) return i;
    else if (token.match > i) i = token.match;
  }
  return limit;
}

/** `a`, or `a.b.c` with the index of its last token. */
export function pathAt(tokens: Token[], i: number): { key: string; last: number } {
  let key = nameOf(tokens[i]!);
  let last = i;
  while (isOp(tokens[last + 1], ".") && ["word", "quoted"].includes(tokens[last + 2]?.kind ?? "")) {
    key += `.${nameOf(tokens[last + 2]!)}`;
    last += 2;
  }
  return { key, last };
}

function yieldsNoCopy(tokens: Token[], i: number, last: number, span: Span): boolean {
  const before = i > span.from ? tokens[i - 1] : undefined;
  const after = last + 1 < span.to ? tokens[last + 1] : undefined;
  if (isOp(before, ".") || isOp(after, ":")) return true; // a property key or a map key
  // An index (`xs[i]`) picks an element; it copies nothing.
  const indexed = tokens[i - 2];
  const isValue = indexed?.kind === "quoted" || (indexed?.kind === "word" && !KEYWORDS.has(indexed.upper));
  if (isOp(before, "[") && (isValue || /^[)\]}]$/.test(indexed?.text ?? ""))) return true;
  // So does indexing the value (`xs[i]`), unlike a slice (`xs[1..]`).
  if (
    isOp(after, "[") &&
    after!.match > last &&
    scanTo(tokens, last + 2, after!.match, (t) => isOp(t, "..")) === after!.match
  ) {
    return true;
  }
  if (before && COMPARISONS.has(before.upper)) return true;
  if (isWord(before, "WITH") && ["STARTS", "ENDS"].includes(tokens[i - 2]?.upper ?? "")) return true;
  if (after && COMPARISONS.has(after.upper)) return true;
  return isOp(before, "(") && SCALAR_OF.has(tokens[i - 2]?.upper ?? "") && isOp(after, ")");
}
