/**
 * Beside the Cypher editor: the worked examples, the queries saved in this browser (named,
 * replaced by saving again under the same name, deleted, exported as .cypher files), and the
 * history of runs.
 */
import { useState } from "react";
import type { CypherExample } from "../api/cypher.ts";
import { deleteSaved, saveQuery, toCypherFile, toCypherFileName, type SavedQuery } from "../core/savedQueries.ts";
import { downloadText } from "./downloadText.ts";

export interface LibraryProps {
  examples: CypherExample[];
  saved: SavedQuery[];
  history: string[];
  current: { query: string; params: string };
  onSavedChange: (saved: SavedQuery[]) => void;
  onOpen: (query: string, params: string) => void;
}

export function QueryLibrary({ examples, saved, history, current, onSavedChange, onOpen }: LibraryProps) {
  const [name, setName] = useState("");
  const example = examples.find((x) => x.query === current.query);
  return (
    <div className="console-side">
      <label>
        Worked examples
        <select
          data-testid="cypher-examples"
          value=""
          onChange={(e) => {
            const chosen = examples.find((x) => x.id === e.target.value);
            if (chosen) onOpen(chosen.query, "");
          }}
        >
          <option value="">Choose a question…</option>
          {examples.map((x) => (
            <option key={x.id} value={x.id} title={x.question}>
              {x.title}
            </option>
          ))}
        </select>
      </label>
      {example && <p className="example-question">{example.question}</p>}
      <form
        className="save-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim())
            onSavedChange(saveQuery(localStorage, { name, query: current.query, params: current.params }));
        }}
      >
        <label>
          Save as
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="a name"
            data-testid="cypher-save-name"
          />
        </label>
        <button type="submit" disabled={!name.trim()} data-testid="cypher-save">
          Save
        </button>
      </form>
      <div className="saved-queries" role="group" aria-label="Saved queries">
        <strong>Saved ({saved.length})</strong>
        <ul data-testid="cypher-saved">
          {saved.map((s) => (
            <li key={s.name}>
              <button
                type="button"
                className="link-button"
                title={`Open "${s.name}" in the editor`}
                onClick={() => {
                  setName(s.name);
                  onOpen(s.query, s.params);
                }}
              >
                {s.name}
              </button>
              <button
                type="button"
                aria-label={`Export "${s.name}" as a .cypher file`}
                onClick={() => downloadText(toCypherFile(s), toCypherFileName(s.name), "text/plain;charset=utf-8")}
              >
                ⤓
              </button>
              <button
                type="button"
                aria-label={`Delete "${s.name}"`}
                onClick={() => onSavedChange(deleteSaved(localStorage, s.name))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </div>
      <label>
        History
        <select
          data-testid="cypher-history"
          value=""
          onChange={(e) => e.target.value && onOpen(e.target.value, current.params)}
        >
          <option value="">{history.length} earlier queries</option>
          {history.map((h) => (
            <option key={h} value={h}>
              {h.replace(/\s+/g, " ").slice(0, 80)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
