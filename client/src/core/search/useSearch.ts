/**
 * What the search box shows for a text: actors by name and, optionally, quotes from the
 * evidence. Answers to an older text than the one typed last are dropped; `settled` is the text
 * the answers belong to, so the box can say "no match" only for what was asked.
 */
import { useEffect, useRef, useState } from "react";
import { searchActors, searchEvidence } from "../../api/actorQueries.ts";
import type { EvidenceHitDto, SearchHitDto } from "../../api/types.ts";

export interface SearchResults {
  settled: string;
  actors: SearchHitDto[];
  evidence: EvidenceHitDto[];
  error: string | null;
}

const EMPTY: SearchResults = { settled: "", actors: [], evidence: [], error: null };

export function useSearch(text: string, withEvidence: boolean): SearchResults {
  const [results, setResults] = useState<SearchResults>(EMPTY);
  const request = useRef(0);
  useEffect(() => {
    const ticket = ++request.current;
    if (text.trim() === "") {
      setResults(EMPTY);
      return;
    }
    // Typing fast sends one request per pause, not one per key.
    const timer = window.setTimeout(() => {
      Promise.all([searchActors(text), withEvidence ? searchEvidence(text) : Promise.resolve([])])
        .then(([actors, evidence]) => {
          if (ticket === request.current) setResults({ settled: text, actors, evidence, error: null });
        })
        .catch((e: Error) => {
          if (ticket === request.current) setResults({ ...EMPTY, settled: text, error: e.message });
        });
    }, 120);
    return () => window.clearTimeout(timer);
  }, [text, withEvidence]);
  return results;
}
