// Matches the config's `overrides.files` globs against file paths in time linear in the pattern times
// the path, whatever the pattern. picomatch compiles a glob to a regular expression, and a backtracking
// engine tries every way to lay a name across the stars: `*a*a*a*a*a*a*b` took 18 s on one long name,
// eight stars never ended. Here a star is matched as shells match it (one remembered restart point, the
// latest star, moved on one character at a time), which never revisits more than pattern × path states.
//
// What a pattern may hold: `*` (any characters but `/`), `?` (one character), `[abc]`, `[a-z]`, `[!a]`
// or `[^a]`, `**` as a whole path segment (any number of folders), `{a,b}` alternatives (nested too),
// `\` to take the next character literally, and a leading `!` that negates. As with picomatch's `dot`
// option, a star matches a leading dot. Extended globs (`+(a|b)`, `@(…)`, `!(…)`) are refused with a
// message, as are brace sets that expand to more than MAX_ALTERNATIVES patterns.

/** A glob the matcher cannot take; the message says why. */
export class GlobError extends Error {}

export type GlobMatcher = (relativePath: string) => boolean;

const MAX_ALTERNATIVES = 256;

type Token =
  { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: [string, string][] };
type Segment = { kind: 'globstar' } | { kind: 'tokens'; tokens: Token[] };

interface CompiledPattern {
  segments: Segment[];
  /** The pattern matches the file's name in any folder. */
  baseName: boolean;
}

/**
 * One matcher for a list of globs: a path matches when any glob does. When no glob of the list has a
 * slash, each matches the file's name in any folder (picomatch's `matchBase`). Throws GlobError.
 */
export function compileGlobs(globs: readonly string[]): GlobMatcher {
  const baseName = !globs.some((glob) => glob.includes('/'));
  const matchers = globs.map((glob) => compileGlob(glob, baseName));
  return (relativePath) => matchers.some((matches) => matches(relativePath));
}

export function compileGlob(glob: string, baseName = !glob.includes('/')): GlobMatcher {
  let negated = false;
  let body = glob;
  while (body.startsWith('!') && !body.startsWith('!(')) {
    negated = !negated;
    body = body.slice(1);
  }
  if (/[@!+*?]\(/.test(body.replace(/\\./g, ''))) {
    throw new GlobError(`"${glob}": extended globs like +(a|b) are not supported; list the patterns instead`);
  }
  const patterns = expandBraces(body).map((pattern) => compilePattern(pattern, baseName));
  return (relativePath) => {
    const segments = relativePath.split('/');
    const name = segments[segments.length - 1];
    const matched = patterns.some((p) =>
      p.baseName ? matchSegment(onlyTokens(p.segments[0]), [...name]) : matchPath(p.segments, segments),
    );
    return matched !== negated;
  };
}

function onlyTokens(segment: Segment): Token[] {
  return segment.kind === 'tokens' ? segment.tokens : [{ kind: 'star' }];
}

function compilePattern(pattern: string, baseName: boolean): CompiledPattern {
  const trimmed = pattern.startsWith('./') ? pattern.slice(2) : pattern;
  const parts = splitSegments(trimmed);
  const segments: Segment[] = parts.map((part) => (part === '**' ? { kind: 'globstar' } : { kind: 'tokens', tokens: tokenize(part) }));
  return { segments, baseName: baseName && parts.length === 1 };
}

/** Splits on `/` that is not escaped. */
function splitSegments(pattern: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\' && i + 1 < pattern.length) {
      current += pattern[i] + pattern[++i];
    } else if (pattern[i] === '/') {
      parts.push(current);
      current = '';
    } else {
      current += pattern[i];
    }
  }
  parts.push(current);
  return parts.filter((part, i) => part !== '' || i === parts.length - 1);
}

function tokenize(segment: string): Token[] {
  const chars = [...segment];
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '\\' && i + 1 < chars.length) tokens.push({ kind: 'char', char: chars[++i] });
    else if (ch === '*') {
      // Runs of stars in a segment mean one star.
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (ch === '?') tokens.push({ kind: 'any' });
    else if (ch === '[') {
      const parsed = parseClass(chars, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ kind: 'char', char: ch });
    } else tokens.push({ kind: 'char', char: ch });
  }
  return tokens;
}

/** `[…]` from chars[open]; null when it is not closed (then `[` is literal). */
function parseClass(chars: string[], open: number): { token: Token; end: number } | null {
  let i = open + 1;
  const negated = chars[i] === '!' || chars[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  let first = true;
  for (; i < chars.length; i++) {
    let ch = chars[i];
    if (ch === ']' && !first) return { token: { kind: 'class', negated, ranges }, end: i };
    first = false;
    if (ch === '\\' && i + 1 < chars.length) ch = chars[++i];
    if (chars[i + 1] === '-' && i + 2 < chars.length && chars[i + 2] !== ']') {
      let to = chars[i + 2];
      i += 2;
      if (to === '\\' && i + 1 < chars.length) to = chars[++i];
      ranges.push([ch, to]);
    } else {
      ranges.push([ch, ch]);
    }
  }
  return null;
}

/** `a{b,c{d,e}}f` → abf, acdf, acef. A brace without a comma is literal, as in a shell. */
function expandBraces(pattern: string): string[] {
  const open = findBrace(pattern);
  if (!open) return [pattern];
  const { start, end, alternatives } = open;
  const expanded: string[] = [];
  for (const alternative of alternatives) {
    for (const rest of expandBraces(pattern.slice(0, start) + alternative + pattern.slice(end + 1))) {
      expanded.push(rest);
      if (expanded.length > MAX_ALTERNATIVES) {
        throw new GlobError(`"${pattern}": its braces expand to more than ${MAX_ALTERNATIVES} patterns; split it into several`);
      }
    }
  }
  return expanded;
}

/** The first `{…}` holding a top-level comma, with its alternatives. */
function findBrace(pattern: string): { start: number; end: number; alternatives: string[] } | null {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === '\\') {
      start++;
      continue;
    }
    if (pattern[start] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let i = start; i < pattern.length; i++) {
      const ch = pattern[i];
      if (ch === '\\') i++;
      else if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) {
        if (!commas.length) break;
        const cuts = [start, ...commas, i];
        return { start, end: i, alternatives: cuts.slice(1).map((cut, k) => pattern.slice(cuts[k] + 1, cut)) };
      } else if (ch === ',' && depth === 1) commas.push(i);
    }
  }
  return null;
}

/**
 * Segments against path parts, `**` standing for any number of parts. The same single-restart-point
 * walk as matchSegment: each non-globstar segment matches exactly one part, so restarting from the
 * latest `**` alone finds a match whenever there is one.
 */
function matchPath(segments: readonly Segment[], parts: readonly string[]): boolean {
  let s = 0;
  let p = 0;
  let restartSegment = -1;
  let restartPart = 0;
  while (p < parts.length) {
    const segment = segments[s];
    if (segment?.kind === 'globstar') {
      restartSegment = s++;
      restartPart = p;
    } else if (segment && matchSegment(segment.tokens, [...parts[p]])) {
      s++;
      p++;
    } else if (restartSegment >= 0) {
      s = restartSegment + 1;
      p = ++restartPart;
    } else {
      return false;
    }
  }
  while (segments[s]?.kind === 'globstar') s++;
  return s === segments.length;
}

/** Tokens against one name's characters: at most tokens × characters steps. */
function matchSegment(tokens: readonly Token[], chars: readonly string[]): boolean {
  let t = 0;
  let c = 0;
  let restartToken = -1;
  let restartChar = 0;
  while (c < chars.length) {
    const token = tokens[t];
    if (token?.kind === 'star') {
      restartToken = t++;
      restartChar = c;
    } else if (token && matchesOne(token, chars[c])) {
      t++;
      c++;
    } else if (restartToken >= 0) {
      t = restartToken + 1;
      c = ++restartChar;
    } else {
      return false;
    }
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

function matchesOne(token: Token, ch: string): boolean {
  if (token.kind === 'any') return true;
  if (token.kind === 'char') return token.char === ch;
  if (token.kind === 'class') return token.ranges.some(([from, to]) => ch >= from && ch <= to) !== token.negated;
  return false;
}
