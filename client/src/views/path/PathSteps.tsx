/** A path's steps in order: who, the relationship as it reads from them, to whom, when, how sure, and why. */
import type { PathStep } from "../../core/path/pathSteps.ts";
import { toYearText } from "../../core/path/pathSteps.ts";
import { EvidenceQuote } from "../EvidenceQuote.tsx";

export function PathSteps({ steps }: { steps: readonly PathStep[] }) {
  return (
    <ol className="path-steps" data-testid="path-steps">
      {steps.map((step) => (
        <li key={step.relationship.id} data-testid="path-step" data-relationship={step.relationship.id}>
          <p className="path-step-line">
            <strong>{step.from.name}</strong>{" "}
            <span className="path-relationship" data-testid="path-step-label" title={step.relationship.type}>
              {step.label}
            </span>{" "}
            <strong>{step.to.name}</strong>
          </p>
          <p className="edge-meta">
            <code data-testid="path-step-type">
              {step.forward ? `${step.relationship.type} →` : `← ${step.relationship.type}`}
            </code>
            {" · "}
            <span data-testid="path-step-year">{toYearText(step.relationship) || "year not given"}</span>
            {" · "}
            <span data-testid="path-step-status">{step.relationship.status ?? "stated"}</span>
          </p>
          {step.evidence.map((e, i) => (
            <EvidenceQuote key={i} evidence={e} />
          ))}
        </li>
      ))}
    </ol>
  );
}
