/**
 * The console's $params, typed as a JSON object. Checked before anything is sent, so a typo is
 * explained here rather than as a missing-parameter error from Neo4j.
 */
export type QueryParams = Record<string, unknown>;

export type ParsedParams = { ok: true; params: QueryParams } | { ok: false; message: string };

export function parseQueryParams(text: string): ParsedParams {
  if (text.trim() === "") return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Parameters are not valid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Parameters must be a JSON object, e.g. {"name": "Athens"}.' };
  }
  const bad = Object.keys(value).find((key) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key));
  if (bad !== undefined) return { ok: false, message: `Parameter name "${bad}" cannot be written as $${bad}.` };
  return { ok: true, params: value as QueryParams };
}

/** The parameters as the editor shows them: empty for none, indented JSON otherwise. */
export function toParamsText(params: QueryParams): string {
  return Object.keys(params).length === 0 ? "" : JSON.stringify(params, null, 2);
}
