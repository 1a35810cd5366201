/** One box, autocomplete over names and aliases (the server's full-text index), keyboard first. */
import { useEffect, useId, useRef, useState } from "react";
import { searchActors, type SearchHitDto } from "../api/queries.ts";
import { getTypeColour } from "../core/palette.ts";

export function SearchBox({
  label,
  placeholder,
  onChoose,
  testId,
}: {
  label: string;
  placeholder: string;
  onChoose: (hit: SearchHitDto) => void;
  testId: string;
}) {
  const [text, setText] = useState("");
  const [hits, setHits] = useState<SearchHitDto[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const request = useRef(0);

  useEffect(() => {
    if (text.trim() === "") {
      setHits([]);
      return;
    }
    const ticket = ++request.current;
    const timer = window.setTimeout(() => {
      searchActors(text)
        .then((found) => {
          if (ticket !== request.current) return;
          setHits(found);
          setActive(0);
          setOpen(true);
          setError(null);
        })
        .catch((e: Error) => ticket === request.current && setError(e.message));
    }, 120);
    return () => window.clearTimeout(timer);
  }, [text]);

  const choose = (hit: SearchHitDto | undefined) => {
    if (!hit) return;
    onChoose(hit);
    setText("");
    setHits([]);
    setOpen(false);
  };

  return (
    <div className="search-box">
      <label>
        <span className="visually-hidden">{label}</span>
        <input
          type="search"
          role="combobox"
          aria-expanded={open && hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
          aria-autocomplete="list"
          placeholder={placeholder}
          value={text}
          data-testid={testId}
          onChange={(e) => setText(e.target.value)}
          onFocus={() => setOpen(true)}
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, hits.length - 1));
            else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
            else if (e.key === "Enter") choose(hits[active]);
            else if (e.key === "Escape") setOpen(false);
            else return;
            e.preventDefault();
          }}
        />
      </label>
      {error && <p className="search-error">Search failed: {error}</p>}
      {open && hits.length > 0 && (
        <ul className="search-results" role="listbox" id={listId} data-testid={`${testId}-results`}>
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? "active" : ""}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
            >
              <span className="swatch" style={{ background: getTypeColour(hit.type) }} aria-hidden="true" />
              <span className="hit-name">{hit.name}</span>
              <span className="hit-meta">
                {hit.type}
                {hit.country ? ` · ${hit.country}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
