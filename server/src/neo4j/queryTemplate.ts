/** A template's placeholder (`__TYPE__`) is filled only with a plain identifier, never a caller's text. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function fillTemplate(text: string, fill: Record<string, string>): string {
  return Object.entries(fill).reduce((query, [slot, value]) => {
    if (!IDENTIFIER.test(value)) throw new Error(`executor: "${value}" is not an identifier for __${slot}__`);
    return query.replaceAll(`__${slot}__`, value);
  }, text);
}
