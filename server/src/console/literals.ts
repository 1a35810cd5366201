/**
 * What the console can know statically about a span of tokens: an integer literal (or a parameter
 * given as one), the length of a literal range() or list, and the bytes of literals in a span.
 */
import type { Token } from "./cypherTokens.ts";
import { isOp, isWord, rangeCallAt, scanTo, splitArgs, type RangeCall, type Span } from "./iterations.ts";

/** The integer a span spells (`-12`, `0x1F`, `1_000`, `$n` with a number given), else undefined. */
export function integerOf(tokens: Token[], span: Span, params: Record<string, unknown>): number | undefined {
  let from = span.from;
  let sign = 1;
  if (isOp(tokens[from], "-") || isOp(tokens[from], "+")) {
    sign = tokens[from]!.text === "-" ? -1 : 1;
    from++;
  }
  if (span.to - from !== 1) return undefined;
  const token = tokens[from]!;
  const value =
    token.kind === "number"
      ? Number(token.text.replace(/_/g, ""))
      : token.kind === "param"
        ? params[token.text.slice(1).replace(/^`|`$/g, "")]
        : undefined;
  return typeof value === "number" && Number.isFinite(value) ? sign * value : undefined;
}

/** How many elements range(start, end, step) yields; undefined when a bound is not a literal. */
export function rangeLength(tokens: Token[], call: RangeCall, params: Record<string, unknown>): number | undefined {
  const [start, end, step = 1] = call.args.map((arg) => integerOf(tokens, arg, params));
  if (call.args.length < 2 || call.args.length > 3 || start === undefined || end === undefined) return undefined;
  if (step === undefined) return undefined;
  if (step === 0) return 0;
  return Math.max(0, Math.floor((end - start) / step) + 1);
}

/** Items in a source that is exactly a literal range() or a literal list; undefined otherwise. */
export function sourceLength(tokens: Token[], source: Span, params: Record<string, unknown>): number | undefined {
  const call = rangeCallAt(tokens, source.from);
  if (call) return call.close === source.to - 1 ? rangeLength(tokens, call, params) : undefined;
  const first = tokens[source.from];
  if (!isOp(first, "[") || first!.match !== source.to - 1) return undefined;
  // A comprehension or pattern comprehension is not a literal list.
  const end = source.to - 1;
  if (isWord(tokens[source.from + 2], "IN") || scanTo(tokens, source.from + 1, end, (t) => isOp(t, "|")) < end) {
    return undefined;
  }
  return splitArgs(tokens, source.from, end).length;
}

/** Bytes the literals in a span add per evaluation, at least 8 (one number or reference). */
export function literalBytes(tokens: Token[], span: Span): number {
  let bytes = 0;
  for (let i = span.from; i < span.to; i++) {
    const token = tokens[i]!;
    if (token.kind === "string") bytes += Buffer.byteLength(token.text) - 2;
    else if (token.kind === "number") bytes += 8;
  }
  return Math.max(8, bytes);
}
