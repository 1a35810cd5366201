/**
 * Refuses, before anything runs, what a READ transaction alone would not stop or would stop
 * with an unclear message: file and network access (LOAD CSV, APOC loaders), admin and
 * procedure calls that escape the read-only guarantee, other databases, and unbounded
 * variable-length patterns. Comments and string literals are removed first, so text inside
 * quotes never trips a rule.
 */
import { ConsoleError } from "./ConsoleError.ts";

interface Rule {
  pattern: RegExp;
  code: "CYPHER_FORBIDDEN" | "CYPHER_WRITE_REFUSED" | "CYPHER_UNBOUNDED_PATH";
  message: string;
}

const RULES: Rule[] = [
  {
    pattern: /\bLOAD\s+CSV\b/i,
    code: "CYPHER_FORBIDDEN",
    message: "LOAD CSV is not allowed: the console cannot read files or URLs",
  },
  {
    pattern:
      /\bapoc\s*\.\s*(load|import|export|periodic|cypher|trigger|create|merge|refactor|do|systemdb|log|nodes\.delete|schema\.assert|atomic|lock|util\.sleep)\b/i,
    code: "CYPHER_FORBIDDEN",
    message: "this APOC procedure is not allowed: it can write, run other queries, or read files or URLs",
  },
  {
    pattern: /\bdbms\s*\./i,
    code: "CYPHER_FORBIDDEN",
    message: "dbms.* procedures are not allowed in the public console",
  },
  {
    pattern: /\bdb\s*\.\s*(create\w*|clearQueryCaches|checkpoint|index\.fulltext\.(create|drop)\w*)\b/i,
    code: "CYPHER_FORBIDDEN",
    message: "this db.* procedure changes the database and is not allowed",
  },
  {
    pattern: /\b(gds|genai)\s*\./i,
    code: "CYPHER_FORBIDDEN",
    message: "plugin procedures are not available in the public console",
  },
  {
    pattern: /^\s*USE\b|\bUSE\s+\w+\s+(MATCH|RETURN|CALL|WITH)\b/i,
    code: "CYPHER_FORBIDDEN",
    message: "USE is not allowed: the console reads this database only",
  },
  {
    pattern:
      /\b(CREATE|DROP|ALTER|RENAME|GRANT|DENY|REVOKE|START|STOP|TERMINATE)\s+(OR\s+REPLACE\s+)?(DATABASE|USER|ROLE|ALIAS|INDEX|CONSTRAINT|SERVER|TRANSACTIONS?|COMPOSITE)\b/i,
    code: "CYPHER_WRITE_REFUSED",
    message: "administration and schema commands are not allowed: the console is read-only",
  },
  {
    pattern: /\bSHOW\s+(USERS?|ROLES?|PRIVILEGES|CURRENT\s+USER|SERVERS?|DATABASES?|SETTINGS|TRANSACTIONS)\b/i,
    code: "CYPHER_FORBIDDEN",
    message: "SHOW commands about the server are not allowed in the public console",
  },
  {
    pattern: /\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i,
    code: "CYPHER_WRITE_REFUSED",
    message: "CALL { } IN TRANSACTIONS writes in batches and is not allowed: the console is read-only",
  },
  {
    // [*], [r*], [:T*2..], [*3..] : a variable-length pattern without an upper bound.
    pattern: /\[[^\]]*\*\s*(\d*\s*\.\.\s*)?\]/,
    code: "CYPHER_UNBOUNDED_PATH",
    message: "unbounded variable-length pattern: give it an upper bound, such as [*..6]",
  },
];

/** Comments and string literals (with escapes) replaced by blanks of the same length. */
export function stripLiterals(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:``|[^`])*`/g, (match) =>
    match.startsWith("`") ? match : " ".repeat(match.length),
  );
}

export function checkCypher(query: string): void {
  const code = stripLiterals(query);
  for (const rule of RULES) {
    if (rule.pattern.test(code)) throw new ConsoleError(rule.code, `Refused: ${rule.message}.`);
  }
}
