/**
 * Neo4j's EXPLAIN plan as a tree (read from the result upwards, as Neo4j prints it: each operator
 * feeds the one above), and the console limits the query would run under.
 */
import type { ConsolePlan, PlanStep } from "@atlas/model";

const bytes = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000} MB` : `${n / 1000} kB`);

function PlanNode({ step }: { step: PlanStep }) {
  return (
    <li>
      <span className="plan-operator">{step.operator}</span>
      {step.estimatedRows !== null && <span className="plan-rows"> · about {step.estimatedRows} rows</span>}
      {step.details && <code className="plan-details">{step.details}</code>}
      {step.children.length > 0 && (
        <ul>
          {step.children.map((child, i) => (
            <PlanNode key={i} step={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function PlanView({ explained }: { explained: ConsolePlan }) {
  const { limits } = explained;
  return (
    <div className="plan-view" data-testid="cypher-plan">
      <p className="plan-limits">
        Allowed. It would run read-only, stopped after {limits.timeoutMs / 1000} s, with at most{" "}
        {limits.maxRows.toLocaleString("en")} rows and {bytes(limits.maxResultBytes)} of answer; inside expressions a{" "}
        <code>range()</code> spans at most {limits.maxRangeElements.toLocaleString("en")} elements, a{" "}
        <code>reduce</code> at most {limits.maxReduceItems.toLocaleString("en")} items, and a list or string at most{" "}
        {bytes(limits.maxExpressionBytes)}.
      </p>
      <ul className="plan-tree" aria-label="Query plan">
        <PlanNode step={explained.plan} />
      </ul>
    </div>
  );
}
