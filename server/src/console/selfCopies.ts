/**
 * Refuses projections that copy a value into itself: `WITH a + a AS a` doubles a string, and
 * thirty such WITHs stopped the Neo4j JVM here (values in rows are not memory-tracked either). In
 * each WITH or RETURN item a variable or property path may be copied once (comparisons, size(),
 * indexes and CASE branches do not count, as for reduce), and a query may hold one replace() that
 * lengthens text (a replacement longer than what it replaces multiplies the length of its input).
 */
import { countCopies, pathAt, UNBOUNDED_COPIES, type GrowthContext } from "./accumulatorGrowth.ts";
import type { Token } from "./cypherTokens.ts";
import { isOp, isWord, nameOf, scanTo, splitArgs, type Span } from "./iterations.ts";

const ITEM_END = new Set(
  "WHERE ORDER SKIP LIMIT UNION MATCH OPTIONAL WITH RETURN UNWIND CALL CREATE MERGE SET DELETE DETACH REMOVE FOREACH LOAD USE FINISH OFFSET".split(
    " ",
  ),
);
const NOT_VALUES = new Set(
  "TRUE FALSE NULL CASE WHEN THEN ELSE END AND OR XOR NOT IN IS STARTS ENDS CONTAINS DISTINCT".split(" "),
);

export interface SelfCopy {
  /** The projection item and the path it copies more than once. */
  item: Span;
  path: string;
  copies: number;
}

/** The name token of the second replace() that lengthens text, if there is one. */
export function findSecondLengtheningReplace(tokens: Token[]): number | undefined {
  return tokens.flatMap((_, i) => (isLengtheningReplace(tokens, i) ? [i] : []))[1];
}

export function findSelfCopy(context: GrowthContext): SelfCopy | undefined {
  const { tokens } = context;
  for (const item of projectionItems(tokens)) {
    // Loop variables are checked through their source (`[x IN l | x + x]` copies l twice) and
    // reduce's accumulator by the reduce rules.
    const bound = new Set(
      [...context.iterationAt.values()]
        .filter((loop) => loop.start >= item.from && loop.start < item.to)
        .flatMap((loop) => [loop.variable, loop.accumulator ?? loop.variable]),
    );
    const paths = new Set<string>();
    for (let i = item.from; i < item.to; i++) {
      if (isValueName(tokens, i) && !bound.has(nameOf(tokens[i]!))) paths.add(pathAt(tokens, i).key);
    }
    for (const path of paths) {
      const copies = countCopies({ ...context, byPath: true }, item, new Set([path]));
      if (copies > 1 && copies !== UNBOUNDED_COPIES) return { item, path, copies };
    }
  }
  return undefined;
}

/** The expressions after WITH or RETURN (up to AS, WHERE, ORDER BY... or the next clause). */
function projectionItems(tokens: Token[]): Span[] {
  const items: Span[] = [];
  tokens.forEach((token, start) => {
    if (!isWord(token, "WITH") && !isWord(token, "RETURN")) return;
    if (isWord(tokens[start - 1], "STARTS") || isWord(tokens[start - 1], "ENDS")) return;
    const from = isWord(tokens[start + 1], "DISTINCT") ? start + 2 : start + 1;
    const end = scanTo(
      tokens,
      from,
      tokens.length,
      (t) => (t.kind === "word" && ITEM_END.has(t.upper)) || isOp(t, "}"),
    );
    for (const arg of splitArgs(tokens, from - 1, end)) {
      const alias = scanTo(tokens, arg.from, arg.to, (t) => isWord(t, "AS"));
      items.push({ from: arg.from, to: alias });
    }
  });
  return items;
}

function isValueName(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.kind !== "word" && token.kind !== "quoted") return false;
  if (token.kind === "word" && NOT_VALUES.has(token.upper)) return false;
  if (isOp(tokens[i - 1], ".") || isOp(tokens[i - 1], ":")) return false;
  const after = tokens[pathAt(tokens, i).last + 1];
  return !isOp(after, "(") && !isOp(after, "{") && !isOp(after, ":");
}

/** replace(text, search, replacement) whose replacement is not a literal at most as long as the search. */
function isLengtheningReplace(tokens: Token[], i: number): boolean {
  const open = tokens[i + 1];
  if (!isWord(tokens[i], "REPLACE") || !isOp(open, "(") || open!.match < 0 || isOp(tokens[i - 1], ".")) return false;
  const [, search, replacement] = splitArgs(tokens, i + 1, open!.match);
  const literal = (span: Span | undefined) =>
    span && span.to - span.from === 1 && tokens[span.from]!.kind === "string"
      ? tokens[span.from]!.text.length
      : undefined;
  const searchLength = literal(search);
  const replacementLength = literal(replacement);
  return searchLength === undefined || replacementLength === undefined || replacementLength > searchLength;
}
