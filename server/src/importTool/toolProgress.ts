/**
 * The import tool's own progress, relayed: its phase headings and results line by line, and of
 * its dotted progress bars (one line per 5%) only every 20%, with the phase named.
 */
let phase = "import";

export function toProgressLine(line: string, progress: (line: string) => void): void {
  const text = line.trim();
  if (text === "") return;
  const heading = /^\((\d+\/\d+)\) (.+?) \d{4}-\d\d-\d\d/.exec(text);
  if (heading) {
    phase = heading[2]!;
    return progress(`import tool: (${heading[1]}) ${phase}`);
  }
  const bar = /^[-.\s]+(\d+)%/.exec(text);
  if (bar) {
    if (Number(bar[1]) % 20 === 0) progress(`import tool:   ${phase} ${bar[1]}%`);
    return;
  }
  progress(`import tool: ${text}`);
}
