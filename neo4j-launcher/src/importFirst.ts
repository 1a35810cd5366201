/**
 * The initial load's import, run by the launcher's own JVM before it starts Neo4j: neo4j-admin's
 * import tool writes the new store into a work folder, the JVM says IMPORTED and waits, the caller
 * swaps the store in (beforeStart), we answer START, and the same JVM starts Neo4j on it. One JVM
 * instead of two: the start finds the classes loaded and much of the code compiled (Launcher.java).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface ImportFirst {
  /** The Neo4j home the tool writes its store into (a work folder; conf/neo4j.conf made if missing). */
  home: string;
  /** neo4j-admin's arguments: `database import full ...`. */
  args: string[];
  /** Each line the tool prints, stdout and stderr alike. */
  onLine: (line: string) => void;
  /** After the tool succeeded and before Neo4j starts: moves the new store into place; may throw. */
  beforeStart: () => void;
}

export const IMPORTED_LINE = "neo4j-launcher: IMPORTED";

/** The plan the launcher reads (its third argument): the work home, then one argument a line. */
export function writeImportPlan(plan: ImportFirst): string {
  const lines = [path.resolve(plan.home), ...plan.args];
  if (lines.some((line) => /[\r\n]/.test(line)))
    throw new Error("neo4j-launcher: an import argument holds a line break");
  mkdirSync(plan.home, { recursive: true });
  const file = path.join(plan.home, "import-plan.txt");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

/** A Java stack trace's frame lines: a failure's message keeps the lines that say what went wrong. */
const STACK_FRAME = /^\s+(at |\.\.\. \d+ more)/;

/**
 * Follows the JVM through the import: the tool's lines go to onLine (the last 20 that are not
 * stack frames kept for a failure's message) until IMPORTED, when beforeStart runs and `answer`
 * tells the JVM to start.
 */
export class ImportWatch {
  private readonly last: string[] = [];
  /** When the import ended (Date.now()), for the start's own time; 0 while it runs. */
  endedAt = 0;

  constructor(
    private readonly plan: ImportFirst,
    private readonly answer: (line: string) => void,
  ) {}

  /** True while the import runs, when the line was the tool's; false once Neo4j is starting. */
  take(line: string): boolean {
    if (this.done) return false;
    if (line === IMPORTED_LINE) {
      this.endedAt = Date.now();
      this.plan.beforeStart();
      this.answer("START\n");
      return true;
    }
    this.plan.onLine(line);
    if (STACK_FRAME.test(line)) return true;
    this.last.push(line);
    if (this.last.length > 20) this.last.shift();
    return true;
  }

  get done(): boolean {
    return this.endedAt > 0;
  }

  /** Why the JVM ended during the import, with the tool's last lines (the launcher's say its exit code). */
  failure(): Error {
    return new Error(`neo4j-admin ${this.plan.args.slice(0, 3).join(" ")} failed:\n  ${this.last.join("\n  ")}`);
  }
}
