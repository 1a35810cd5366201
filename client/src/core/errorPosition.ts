/**
 * Where in the query a console error points. Neo4j's syntax errors end with
 * "(line 2, column 5 (offset: 17))" and the console's own refusals say "(line L, column C)";
 * both count from 1.
 */
export interface ErrorPosition {
  line: number;
  column: number;
}

const POSITION = /\bline (\d+), column (\d+)/;

export function findErrorPosition(message: string): ErrorPosition | null {
  const match = POSITION.exec(message);
  if (!match) return null;
  const line = Number(match[1]);
  const column = Number(match[2]);
  return line >= 1 && column >= 1 ? { line, column } : null;
}

/** The document offset of a position, clamped into the text so a stale position still marks something. */
export function toOffset(text: string, { line, column }: ErrorPosition): number {
  const lines = text.split("\n");
  const index = Math.min(line, lines.length) - 1;
  const start = lines.slice(0, index).reduce((sum, l) => sum + l.length + 1, 0);
  return start + Math.min(column - 1, lines[index]!.length);
}
