/**
 * One box, keyboard first (ARIA combobox): actors by name or alias, forgiving accents and typos;
 * with `onChooseEvidence`, also quotes from the evidence. Says so when nothing matches, and
 * offers the near spellings the server found.
 */
import { useId, useState } from "react";
import type { EvidenceHitDto, SearchHitDto } from "../api/types.ts";
import { getExcerpt } from "../core/search/excerpt.ts";
import { useSearch } from "../core/search/useSearch.ts";
import { actorTypeColour } from "@atlas/model";

type Option = { kind: "actor"; hit: SearchHitDto } | { kind: "evidence"; hit: EvidenceHitDto };

export function SearchBox({
  label,
  placeholder,
  onChoose,
  onChooseEvidence,
  testId,
}: {
  label: string;
  placeholder: string;
  /** add: chosen with shift or ctrl held, to add the actor to those selected. */
  onChoose: (hit: SearchHitDto, options: { add: boolean }) => void;
  onChooseEvidence?: (hit: EvidenceHitDto) => void;
  testId: string;
}) {
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = useSearch(text, onChooseEvidence !== undefined);
  const listId = useId();
  const current = text.trim() !== "" && results.settled === text;
  const actors = current ? results.actors : [];
  const evidence = current ? results.evidence : [];
  const options: Option[] = [
    ...actors.map((hit) => ({ kind: "actor" as const, hit })),
    ...evidence.map((hit) => ({ kind: "evidence" as const, hit })),
  ];
  const fuzzyOnly = actors.length > 0 && actors.every((hit) => hit.match === "fuzzy");
  const shown = open && current && results.error === null;
  const optionId = (index: number) => `${listId}-${index}`;

  const choose = (option: Option | undefined, add = false) => {
    if (!option) return;
    if (option.kind === "actor") onChoose(option.hit, { add });
    else onChooseEvidence?.(option.hit);
    setText("");
    setOpen(false);
  };

  const renderOption = (option: Option, index: number) => (
    <li
      key={option.kind === "actor" ? option.hit.id : `${option.hit.relationshipId ?? option.hit.from.id}-${index}`}
      id={optionId(index)}
      role="option"
      aria-selected={index === active}
      className={`${index === active ? "active" : ""} ${option.kind}`}
      data-testid={option.kind === "actor" ? `${testId}-hit` : `${testId}-evidence-hit`}
      onMouseDown={(e) => {
        e.preventDefault();
        choose(option, e.shiftKey || e.ctrlKey || e.metaKey);
      }}
    >
      {option.kind === "actor" ? (
        <>
          <span className="swatch" style={{ background: actorTypeColour(option.hit.type) }} aria-hidden="true" />
          <span className="hit-name">{option.hit.name}</span>
          <span className="hit-meta">
            {option.hit.type}
            {option.hit.country ? ` · ${option.hit.country}` : ""}
          </span>
        </>
      ) : (
        <>
          <span className="hit-quote">
            “
            {getExcerpt(option.hit.quote, text).map((part, i) =>
              part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
            )}
            ”
          </span>
          <span className="hit-meta">
            {option.hit.from.name}
            {option.hit.to ? ` → ${option.hit.to.name}` : ""} · {option.hit.title ?? option.hit.source}
          </span>
        </>
      )}
    </li>
  );

  return (
    <div className="search-box">
      <label>
        <span className="visually-hidden">{label}</span>
        <input
          type="search"
          role="combobox"
          aria-expanded={shown && options.length > 0}
          aria-controls={listId}
          aria-activedescendant={shown && options[active] ? optionId(active) : undefined}
          aria-autocomplete="list"
          placeholder={placeholder}
          value={text}
          data-testid={testId}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") {
              setOpen(true);
              setActive((a) => Math.min(a + 1, options.length - 1));
            } else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
            else if (e.key === "Enter" && shown) choose(options[active], e.shiftKey || e.ctrlKey || e.metaKey);
            // Escape closes the list; a second Escape clears the text.
            else if (e.key === "Escape") {
              if (open) setOpen(false);
              else setText("");
            } else return;
            e.preventDefault();
          }}
        />
      </label>
      {results.error && current && <p className="search-error">Search failed: {results.error}</p>}
      <p className="visually-hidden" role="status" aria-live="polite">
        {shown ? `${actors.length} actors${onChooseEvidence ? `, ${evidence.length} quotes` : ""}` : ""}
      </p>
      {shown && (
        <div className="search-results" data-testid={`${testId}-results`}>
          {(actors.length === 0 || fuzzyOnly) && (
            <p className="search-empty" data-testid={`${testId}-no-match`}>
              No actor matches “{text.trim()}”{fuzzyOnly ? ". Did you mean:" : "."}
            </p>
          )}
          <ul role="listbox" id={listId} aria-label={`${label}: results`}>
            {actors.length > 0 && (
              <li role="group" aria-label={fuzzyOnly ? "Suggestions" : "Actors"}>
                <ul role="none">{actors.map((hit, i) => renderOption({ kind: "actor", hit }, i))}</ul>
              </li>
            )}
            {evidence.length > 0 && (
              <li role="group" aria-labelledby={`${listId}-evidence`}>
                <p className="search-section" id={`${listId}-evidence`} role="presentation">
                  In the evidence
                </p>
                <ul role="none">
                  {evidence.map((hit, i) => renderOption({ kind: "evidence", hit }, actors.length + i))}
                </ul>
              </li>
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
