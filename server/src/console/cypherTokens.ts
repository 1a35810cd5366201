/**
 * A Cypher tokenizer for the console's expression bounds: words, numbers, strings, parameters and
 * operators with their offsets, comments dropped, brackets matched. It never throws: text it cannot
 * make sense of (an unterminated string) becomes one token, and Neo4j's EXPLAIN reports the error.
 * It reads no grammar beyond that; what a query may do is decided from Neo4j's plan.
 */

export type TokenKind = "word" | "quoted" | "string" | "number" | "param" | "op";

export interface Token {
  kind: TokenKind;
  /** Source text; for words, as written (compare with `upper`). */
  text: string;
  upper: string;
  offset: number;
  /** Index of the matching bracket for ( [ { and ) ] }, else -1. */
  match: number;
}

// Longest first, so "<=" wins over "<".
const OPERATORS = ["<>", "<=", ">=", "=~", "+=", "..", "->", "<-", "::", "||"];
const PATTERNS: Array<[TokenKind | "skip", RegExp]> = [
  ["skip", /\s+|\/\/[^\n]*|\/\*[\s\S]*?(\*\/|$)/y],
  ["string", /'(?:\\[\s\S]|[^'\\])*('|$)|"(?:\\[\s\S]|[^"\\])*("|$)/y],
  ["quoted", /`(?:``|[^`])*(`|$)/y],
  ["param", /\$(?:[A-Za-z_][A-Za-z0-9_]*|`(?:``|[^`])*`|\d+)/y],
  ["number", /(?:0x[0-9a-fA-F_]+|0o[0-7_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?)/y],
  ["word", /[\p{L}_][\p{L}\p{N}_]*/uy],
];
const OPENERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  next: while (offset < query.length) {
    for (const [kind, pattern] of PATTERNS) {
      pattern.lastIndex = offset;
      const found = pattern.exec(query);
      if (found && found[0].length > 0) {
        if (kind !== "skip") tokens.push(makeToken(kind, found[0], offset));
        offset += found[0].length;
        continue next;
      }
    }
    const op = OPERATORS.find((candidate) => query.startsWith(candidate, offset)) ?? query[offset]!;
    tokens.push(makeToken("op", op, offset));
    offset += op.length;
  }
  matchBrackets(tokens);
  return tokens;
}

function makeToken(kind: TokenKind, text: string, offset: number): Token {
  return { kind, text, upper: kind === "word" ? text.toUpperCase() : text, offset, match: -1 };
}

/** Unbalanced brackets are left unmatched (-1); EXPLAIN will refuse the query anyway. */
function matchBrackets(tokens: Token[]): void {
  const open: number[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== "op") return;
    if (OPENERS[token.text]) open.push(index);
    else if (Object.values(OPENERS).includes(token.text)) {
      const start = open.at(-1);
      if (start === undefined || OPENERS[tokens[start]!.text] !== token.text) return;
      open.pop();
      tokens[start]!.match = index;
      token.match = start;
    }
  });
}

/** "line 1, column 20" for a token, as Neo4j words its own positions. */
export function positionOf(query: string, offset: number): string {
  const before = query.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** The source text from token `from` to token `to` inclusive, shortened for a message. */
export function sourceOf(query: string, tokens: Token[], from: number, to: number): string {
  const last = tokens[to]!;
  const text = query.slice(tokens[from]!.offset, last.offset + last.text.length).replace(/\s+/g, " ");
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
