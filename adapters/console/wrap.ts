/**
 * Breaks `text` at spaces so that no line is wider than `columns` (the terminal's width), keeping its own
 * line breaks; a word longer than a line is cut. A terminal left to itself breaks lines mid-word. One
 * column stays free: a line that fills the last one makes some terminals add an empty line.
 */
export function wrapText(text: string, columns: number | undefined): string {
  if (columns === undefined || columns < 20) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, columns - 1))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(/ +/)) {
    let rest = word;
    // A word that fits nowhere: cut it into full lines first.
    while ([...rest].length > width) {
      if (current !== '') out.push(current);
      current = '';
      const chars = [...rest];
      out.push(chars.slice(0, width).join(''));
      rest = chars.slice(width).join('');
    }
    if (current === '') current = rest;
    else if ([...current].length + 1 + [...rest].length <= width) current = `${current} ${rest}`;
    else {
      out.push(current);
      current = rest;
    }
  }
  out.push(current);
  return out.join('\n');
}
