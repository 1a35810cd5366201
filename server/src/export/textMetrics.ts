/**
 * Text extents for laying out a figure without a browser: advance widths of DejaVu Sans (the
 * font the figure names and resvg renders with) in em, per letter and digit; other characters
 * by their base letter (accents removed) or a wide default, so estimates err on the large side.
 * The browser test measures the rendered boxes to keep this honest.
 */
const LOWER = [
  0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635,
  0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525,
];
const UPPER = [
  0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787,
  0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685,
];
const OTHER: Record<string, number> = {
  " ": 0.318,
  ".": 0.318,
  ",": 0.318,
  ":": 0.337,
  ";": 0.337,
  "'": 0.275,
  "’": 0.318,
  "-": 0.361,
  "(": 0.39,
  ")": 0.39,
  "/": 0.337,
  "|": 0.337,
  "·": 0.318,
  "–": 0.5,
  "—": 1,
  "…": 1,
  "&": 0.78,
};
/** Wider than most glyphs: Greek, Cyrillic and symbols the table does not list. */
const DEFAULT_EM = 0.75;
/** Measured in Chromium against DejaVu Sans Bold: bold runs about 15% wider. */
const BOLD_FACTOR = 1.15;
/** Kerning and hinting make a rendered run up to about 2% wider than the sum of its advances. */
const SAFETY = 1.02;

/** Ascent and descent of DejaVu Sans (hhea), in em: the height a browser gives a line's box. */
export const ASCENT_EM = 0.93;
export const DESCENT_EM = 0.24;

function charEm(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 97 && code <= 122) return LOWER[code - 97]!;
  if (code >= 65 && code <= 90) return UPPER[code - 65]!;
  if (code >= 48 && code <= 57) return 0.636;
  if (OTHER[char] !== undefined) return OTHER[char];
  const base = char.normalize("NFD")[0]!;
  return base !== char ? charEm(base) : DEFAULT_EM;
}

export function getTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize * (bold ? BOLD_FACTOR : 1) * SAFETY;
}

/** The text cut to fit a width, with an ellipsis; "" when not even one letter fits. */
export function toFittingText(text: string, width: number, fontSize: number, bold = false): string {
  if (getTextWidth(text, fontSize, bold) <= width) return text;
  const chars = [...text];
  for (let n = chars.length - 1; n > 0; n--) {
    const cut = chars.slice(0, n).join("").trimEnd() + "…";
    if (getTextWidth(cut, fontSize, bold) <= width) return cut;
  }
  return "";
}

/** Lines of at most `width`, broken at spaces; a word longer than a line is shortened. */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (getTextWidth(candidate, fontSize, bold) <= width) line = candidate;
    else {
      if (line) lines.push(line);
      line = toFittingText(word, width, fontSize, bold);
    }
  }
  if (line) lines.push(line);
  return lines;
}
