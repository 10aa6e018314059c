/**
 * Wraps text for a terminal `width` columns wide, at word boundaries: the terminal itself would cut words in the
 * middle ("Lifel/ine"), which is hard to read and splits numbers. Line breaks in the text are kept; a word longer
 * than the width (a web address) stands alone on its line, whole, rather than being cut.
 */
export function wrapText(text: string, width: number): string {
  if (!Number.isFinite(width) || width < 1) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, Math.floor(width)))
    .join('\n');
}

const columns = (s: string): number => [...s].length;

function wrapLine(line: string, width: number): string {
  if (columns(line) <= width) return line;
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const words = line
    .slice(indent.length)
    .split(/ +/)
    .filter((w) => w.length > 0);
  const out: string[] = [];
  let current = indent;
  for (const word of words) {
    const candidate = current.trim().length === 0 ? current + word : `${current} ${word}`;
    if (columns(candidate) <= width || current.trim().length === 0) current = candidate;
    else {
      out.push(current);
      current = indent + word;
    }
  }
  out.push(current);
  return out.join('\n');
}
