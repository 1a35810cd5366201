/**
 * Quotes are stored verbatim, markdown markers included, because they are evidence; what a
 * person reads (the details panel, a figure) shows them without the markers. Only the markers
 * the source documents use are removed: strong/emphasis (`**`, `__`, `*x*`, `_x_`), code ticks,
 * headings and links (their text stays).
 */
export function toPlainQuote(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)\s]*\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])([*_])(?=\S)([^*_\n]*?\S)\2(?![\w*])/g, "$1$3")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/\*\*|__/g, "");
}
