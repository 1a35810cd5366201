/**
 * Reads a JSON import file ({sources?, actors, relationships}) element by element without
 * holding it in one string (V8 caps a string near 512 MB): a scanner follows strings and nesting
 * across chunks and hands over each element of a top-level array as its own text, for JSON.parse.
 * Structure errors stop the read at once, as they do for the in-memory import.
 */
import { DatasetError } from "@atlas/model";
import { IMPORT_SUBJECT } from "../curation/importFiles.ts";

export interface JsonElement {
  /** The top-level key whose array holds the element. */
  key: string;
  /** 1-based position in that array. */
  index: number;
  text: string;
}

const KEYS = ["sources", "actors", "relationships"];
const isBlank = (c: string) => c === " " || c === "\n" || c === "\r" || c === "\t";

export async function* scanJsonArrays(chunks: AsyncIterable<string>, file: string): AsyncGenerator<JsonElement> {
  const fail = (reason: string): never => {
    throw new DatasetError([{ file, reason }], IMPORT_SUBJECT);
  };
  let buffer = "";
  let depth = 0;
  let inString = false;
  let escaped = false;
  let state: "start" | "key" | "colon" | "value" | "next" | "end" = "start";
  let key = "";
  let keyStart = -1;
  let index = 0;
  /** Where the element being read starts in buffer, and what opened it. */
  let start = -1;
  let opener = "";

  for await (const chunk of chunks) {
    const out: JsonElement[] = [];
    const emit = (end: number) => {
      out.push({ key, index: ++index, text: buffer.slice(start, end) });
      start = -1;
    };
    let i = buffer.length;
    buffer += chunk;
    for (; i < buffer.length; i++) {
      const c = buffer[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === "\\") escaped = true;
        else if (c === '"') {
          inString = false;
          if (keyStart >= 0) {
            key = JSON.parse(buffer.slice(keyStart, i + 1)) as string;
            keyStart = -1;
            state = "colon";
          } else if (depth === 2 && opener === '"') emit(i + 1);
        }
        continue;
      }
      if (depth === 2 && start >= 0 && opener !== "{" && opener !== "[" && (c === "," || c === "]" || isBlank(c)))
        emit(i);
      if (isBlank(c)) continue;
      if (depth === 2 && start < 0 && c !== "," && c !== "]") [start, opener] = [i, c];
      if (depth === 1) {
        if (state === "key" && c === '"') keyStart = i;
        else if (state === "key" && c === "}" && key === "") state = "end";
        else if (state === "colon" && c === ":") state = "value";
        else if (state === "value" && c === "[" && KEYS.includes(key)) state = "next";
        else if (state === "value")
          fail(KEYS.includes(key) ? `${key} must be an array` : `unknown top-level key: ${key}`);
        else if (state === "next" && c === ",") [state, key] = ["key", ""];
        else if (state === "next" && c === "}") state = "end";
        else fail(`not valid JSON: unexpected "${c}" at the top level`);
      } else if (depth === 0) {
        if (state !== "start" || c !== "{")
          fail(
            state === "start"
              ? "must be an object {sources?, actors, relationships}"
              : "not valid JSON: text after the end of the object",
          );
        state = "key";
      }
      if (c === '"') inString = true;
      else if (c === "{" || c === "[") depth++;
      else if (c === "}" || c === "]") {
        depth--;
        if (depth === 2 && start >= 0) emit(i + 1);
        if (depth === 1) index = 0;
      }
    }
    // Keep only what is still needed: the element or key being read.
    const keep = start >= 0 ? start : keyStart;
    buffer = keep >= 0 ? buffer.slice(keep) : "";
    if (start >= 0) start = 0;
    else if (keyStart >= 0) keyStart = 0;
    yield* out;
  }
  if (state !== "end" || depth !== 0)
    fail(state === "start" ? "is empty" : "not valid JSON: the file ends inside the object");
}
