/**
 * Bounds the loops that run inside one Cypher expression before the query runs. Neo4j 5 neither
 * interrupts them (transaction timeout, TERMINATE) nor counts the lists and strings they build
 * against the transaction memory limit, and its JVM exits on OutOfMemoryError. Rows (UNWIND,
 * MATCH) are interruptible and stay unbounded here. See docs/design-choices.md.
 */
import { countCopies, UNBOUNDED_COPIES, type GrowthContext } from "./accumulatorGrowth.ts";
import { ConsoleError } from "./ConsoleError.ts";
import { positionOf, sourceOf, tokenize } from "./cypherTokens.ts";
import type { ExpressionLimits } from "@atlas/model";
import { findIterations, findRangeCalls, isUnwound } from "./iterations.ts";
import { literalBytes, rangeLength, sourceLength } from "./literals.ts";
import { findSecondLengtheningReplace, findSelfCopy } from "./selfCopies.ts";

const count = (n: number) => n.toLocaleString("en-US");

export function checkExpressions(query: string, params: Record<string, unknown>, limits: ExpressionLimits): void {
  const tokens = tokenize(query);
  const iterations = findIterations(tokens);
  const lengths = new Map(iterations.map((loop) => [loop, sourceLength(tokens, loop.source, params)]));
  /** How many times the code at token `index` runs: the known item counts of the loops around it. */
  const repeats = (index: number) =>
    iterations
      .filter((loop) => index >= loop.body.from && index < loop.body.to)
      .reduce((product, loop) => product * (lengths.get(loop) ?? 1), 1);
  const refuse = (message: string, at: number): never => {
    throw new ConsoleError(
      "CYPHER_EXPRESSION_LIMIT",
      `Refused: ${message} (${positionOf(query, tokens[at]!.offset)}).`,
    );
  };

  for (const call of findRangeCalls(tokens)) {
    if (isUnwound(tokens, call)) continue;
    const text = sourceOf(query, tokens, call.name, call.close);
    const length = rangeLength(tokens, call, params);
    if (length === undefined) {
      refuse(
        `${text} inside an expression needs literal numbers as bounds so its size is known; ` +
          `UNWIND ${text} AS x runs it as rows instead`,
        call.name,
      );
    }
    const times = repeats(call.name);
    const total = length! * times;
    if (total > limits.maxRangeElements) {
      const nested = times > 1 ? `, ${count(times)} times over, ${count(total)} in all` : "";
      refuse(
        `${text} in an expression spans ${count(length!)} elements${nested}; the limit is ${count(limits.maxRangeElements)}`,
        call.name,
      );
    }
  }

  const context: GrowthContext = {
    tokens,
    iterationAt: new Map(iterations.map((loop) => [loop.start, loop])),
    lengthOf: (loop) => lengths.get(loop),
  };
  for (const loop of iterations) {
    const length = lengths.get(loop);
    const times = repeats(loop.start);
    const text = sourceOf(query, tokens, loop.start, loop.end);
    if (loop.kind === "reduce" && length !== undefined && length * times > limits.maxReduceItems) {
      refuse(`${text} takes ${count(length * times)} steps; the limit is ${count(limits.maxReduceItems)}`, loop.start);
    }
    if (loop.kind === "reduce") {
      const copies = countCopies(context, loop.projection!, new Set([loop.accumulator!]));
      if (copies === UNBOUNDED_COPIES) {
        refuse(`${text} passes its accumulator to replace(), which can multiply its length at every step`, loop.start);
      }
      if (copies > 1) {
        refuse(
          `${text} copies its accumulator ${loop.accumulator} ${copies} times in one step, doubling it at every ` +
            `step; use it once per step`,
          loop.start,
        );
      }
    }
    if (length !== undefined && loop.kind !== "quantifier") {
      const bytes = length * times * literalBytes(tokens, loop.projection ?? loop.source);
      if (bytes > limits.maxExpressionBytes) {
        refuse(
          `${text} builds about ${megabytes(bytes)} in one expression; the limit is ${megabytes(limits.maxExpressionBytes)}`,
          loop.start,
        );
      }
    }
  }
  const replace = findSecondLengtheningReplace(tokens);
  if (replace !== undefined) {
    refuse(
      "a second replace() that lengthens text: each multiplies the length of its input, so one is allowed",
      replace,
    );
  }
  const selfCopy = findSelfCopy(context);
  if (selfCopy) {
    const text = sourceOf(query, tokens, selfCopy.item.from, selfCopy.item.to - 1);
    refuse(
      `${text} copies ${selfCopy.path} ${selfCopy.copies} times into one value; passed on through WITH this ` +
        "doubles it at every step, so a projection may copy a value once",
      selfCopy.item.from,
    );
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;
}
