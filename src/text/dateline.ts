// The dateline that opens a wire story — `Hai Phong (VNA) – `, `HANOI (Reuters) - `,
// `WASHINGTON, March 3 (AP) — ` — and the photo caption a scraper sometimes glues in front of it,
// as on vietnamplus.vn: `At the opening ceremony (Photo: VNA)Hai Phong (VNA) - An exhibition …`.
// Scraped pages repeat the lead: once standalone (the page's summary), then again behind the
// dateline. Stripping this prefix makes the two copies compare equal.
//
// The agency in brackets is required: without it `Hanoi – the capital …` or `UPDATE 1 - …` would
// pass for a dateline. Only the first characters of a paragraph are looked at, so a 50 MB
// single-line paragraph costs no more than a short one.

/** Where the caption (if any), the dateline and the body of a lead paragraph begin. Text offsets. */
export interface LeadPrefix {
  /** Start of the paragraph; a glued caption runs from here to `datelineStart`. */
  start: number;
  datelineStart: number;
  /** End of the dateline without the separator: `Hai Phong (VNA) –` is [datelineStart, datelineEnd). */
  datelineEnd: number;
  /** First character after the dateline's separator and spaces. */
  bodyStart: number;
  /** Whether a photo caption stands between `start` and `datelineStart`. */
  hasCaption: boolean;
}

const SPACE = '[ \\u00a0]';
/** `Hai`, `HANOI`, `D.C.`, `Ba Ria-Vung`, `N’Djamena`. */
const PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
/** Lower-case words inside place names: Rio de Janeiro, Dar es Salaam, Stratford-upon-Avon. */
const PLACE_CONNECTOR = '(?:de|da|del|di|do|dos|du|es|la|le|of|on|upon|am|al|el|sur)';
const PLACE = `${PLACE_WORD}(?:${SPACE}(?:${PLACE_CONNECTOR}${SPACE})?${PLACE_WORD}){0,5}`;
/** `, March 3`, `, Jan. 13, 2024`, `, 13 January`. */
const DATE = `,${SPACE}[\\p{L}\\p{N}][\\p{L}\\p{N}., ]{0,30}?`;
/** `(VNA)`, `(Reuters)`, `(dpa)`, `(VNA/VNS)`, `(Vietnam+)`, `(Thomson Reuters Foundation)`: at most four words. */
const AGENCY = "\\(\\p{L}[\\p{L}\\p{N}&/+.'’\\-]*(?: [\\p{L}\\p{N}&/+.'’\\-]+){0,3}\\)";
/** A hyphen, en dash, em dash or colon between the dateline and the story. */
const SEPARATOR = `${SPACE}*([\\-‐‑–—―:])${SPACE}*`;

/** Sticky: matched at a paragraph's first character (or right after a caption), never searched for. */
const DATELINE = new RegExp(`${PLACE}(?:${DATE})?${SPACE}?${AGENCY}${SEPARATOR}`, 'uy');

/** The photo credit that ends a caption: `(Photo: VNA)`, `(Illustrative photo: VNA/Vietnam+)`, `(Ảnh: TTXVN)`. */
const PHOTO_CREDIT = /\((?:[\p{L}\p{M} ]{0,30} )?(?:photo|ảnh|image|illustration)s?(?:[: ][^()\n]{0,80})?\)[ \u00a0]*/giu;

/**
 * What PHOTO_CREDIT cannot match without, in a pattern without `u` (cheap to compile, where PHOTO_CREDIT's
 * Unicode classes cost a one-file run ~1 ms): one of its words in any case. "illu", not "illustration":
 * with `iu` an "ſ" matches "s", which a pattern without `u` does not fold.
 */
const CREDIT_WORD = /photo|image|illu|\u1ea3nh/i;

/** Captions are a sentence or two; a credit further in than this is not the caption of a glued lead. */
const CAPTION_WINDOW = 1000;

/**
 * The dateline prefix of the paragraph text[start, end), with a photo caption glued in front of it
 * if there is one; null when the paragraph does not open with a dateline.
 */
export function findLeadPrefix(text: string, start: number, end: number): LeadPrefix | null {
  const atStart = matchDateline(text, start, end);
  if (atStart) return { start, ...atStart, hasCaption: false };
  const window = text.slice(start, Math.min(end, start + CAPTION_WINDOW));
  if (!window.includes('(') || !CREDIT_WORD.test(window)) return null;
  PHOTO_CREDIT.lastIndex = 0;
  let credit: RegExpExecArray | null;
  while ((credit = PHOTO_CREDIT.exec(window)) !== null) {
    const afterCaption = start + credit.index + credit[0].length;
    const dateline = matchDateline(text, afterCaption, end);
    if (dateline) return { start, ...dateline, hasCaption: true };
  }
  return null;
}

/**
 * How far into a paragraph a dateline's agency may open: six place words, a date and a space. A longer
 * "place" is no dateline, and the bound keeps the test below from reading far into a huge paragraph.
 */
const AGENCY_WITHIN = 300;
const SEPARATOR_CHARACTERS = new Set(['-', '‐', '‑', '–', '—', '―', ':']);

/**
 * What DATELINE needs, found by indexOf alone: an agency in brackets (the first `(` after the place, as no
 * place or date holds one), then a separator. Most paragraphs fail this, and need no Unicode regex.
 */
function mayOpenWithDateline(text: string, at: number, end: number): boolean {
  const open = text.slice(at, Math.min(end, at + AGENCY_WITHIN)).indexOf('(');
  if (open < 0) return false;
  const close = text.indexOf(')', at + open);
  if (close < 0 || close >= end) return false;
  let next = close + 1;
  while (next < end && (text[next] === ' ' || text[next] === '\u00a0')) next++;
  return SEPARATOR_CHARACTERS.has(text[next]);
}

/** A dateline starting exactly at `at`, ending before `end`. */
function matchDateline(text: string, at: number, end: number): Omit<LeadPrefix, 'start' | 'hasCaption'> | null {
  if (!mayOpenWithDateline(text, at, end)) return null;
  DATELINE.lastIndex = at;
  const match = DATELINE.exec(text);
  if (!match) return null;
  const bodyStart = at + match[0].length;
  if (bodyStart >= end) return null;
  const separator = match[0].lastIndexOf(match[1]);
  return { datelineStart: at, datelineEnd: at + separator + 1, bodyStart };
}
