// Putting a fixed text back into a JSONL record without touching anything else on the line: the
// text field's string literal is located in the raw line and only that literal is replaced, written
// in the same escaping style (raw UTF-8, or \u escapes as Python's json.dumps writes by default).

/** The [start, end) of the top-level `field`'s string literal in a JSON object line, or null. */
export function findStringField(line: string, field: string): [number, number] | null {
  let i = skipSpace(line, 0);
  if (line[i] !== '{') return null;
  i++;
  for (;;) {
    i = skipSpace(line, i);
    if (line[i] === '}') return null;
    const keyEnd = stringEnd(line, i);
    if (keyEnd < 0) return null;
    const key = JSON.parse(line.slice(i, keyEnd)) as string;
    i = skipSpace(line, keyEnd);
    if (line[i] !== ':') return null;
    i = skipSpace(line, i + 1);
    const valueEnd = valueEndAt(line, i);
    if (valueEnd < 0) return null;
    if (key === field) return line[i] === '"' ? [i, valueEnd] : null;
    i = skipSpace(line, valueEnd);
    if (line[i] === ',') i++;
    else return null;
  }
}

/**
 * Serialises `text` as a JSON string literal in the escaping style of `like`, the literal it replaces:
 * non-ASCII as \u escapes (Python's json.dumps, PHP's json_encode), `/` as `\/` (PHP), upper-case hex.
 * The value is always exactly `text`; where `like` mixed styles, escapes it did not need may be written
 * differently (`\/` as `/`), which changes nothing a JSON reader sees.
 */
export function serializeLike(text: string, like: string): string {
  const escapes = [...like.matchAll(/\\(?:u([0-9a-fA-F]{4})|.)/g)];
  const unescaped = like.replace(/\\(?:u[0-9a-fA-F]{4}|.)/g, '');
  const asciiOnly = !/[^\x00-\x7f]/.test(like) && escapes.some((m) => m[1] !== undefined && parseInt(m[1], 16) > 0x7f);
  const escapeSlash = escapes.some((m) => m[0] === '\\/') && !unescaped.includes('/');
  const hex = escapes.flatMap((m) => (m[1] ? [m[1]] : [])).join('');
  const upperHex = /[A-F]/.test(hex) && !/[a-f]/.test(hex);
  let json = JSON.stringify(text);
  if (asciiOnly) json = json.replace(/[^\x00-\x7f]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
  if (escapeSlash) json = json.replace(/\//g, '\\/');
  if (upperHex) json = json.replace(/\\u([0-9a-f]{4})|\\./g, (escape, hex?: string) => (hex ? `\\u${hex.toUpperCase()}` : escape));
  return json;
}

function skipSpace(line: string, i: number): number {
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\r')) i++;
  return i;
}

function stringEnd(line: string, i: number): number {
  if (line[i] !== '"') return -1;
  for (let j = i + 1; j < line.length; j++) {
    if (line[j] === '\\') j++;
    else if (line[j] === '"') return j + 1;
  }
  return -1;
}

/** End of the JSON value starting at i (strings, numbers, literals, nested objects and arrays). */
function valueEndAt(line: string, i: number): number {
  if (line[i] === '"') return stringEnd(line, i);
  if (line[i] === '{' || line[i] === '[') {
    let depth = 0;
    for (let j = i; j < line.length; j++) {
      const ch = line[j];
      if (ch === '"') {
        j = stringEnd(line, j) - 1;
        if (j < 0) return -1;
      } else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return -1;
  }
  let j = i;
  while (j < line.length && !/[,}\s]/.test(line[j])) j++;
  return j > i ? j : -1;
}
