// mojibake: UTF-8 text that some step decoded as Windows-1252 or Latin-1 ("CafÃ©", "â€œquotedâ€\u009d",
// Vietnamese "Nguyá»…n" for "Nguyễn"), or as another single-byte encoding (Windows-1251 "вЂ™" for
// "’"), and the C1 controls a Latin-1 decoder leaves where Windows-1252 had punctuation
// ("\u0093quoted\u0094"). Scraped news is full of it: a page declared the wrong charset, a CMS stored
// UTF-8 in a Latin-1 column. Real Latin-1 text (Café, Ñandú, Æsir, naïve, ©, £, curly quotes) and
// Vietnamese in NFC are never flagged: src/mojibake/find-mojibake.ts encodes each suspect run back to
// bytes, keeps only what decodes as UTF-8 into less suspicious text, and repeats for double mojibake.
// One finding per run; the fix replaces exactly the run, and only when the bytes decode cleanly.
import { defineRule } from '../src/define-rule.js';
import { CP1252_C1 } from '../src/mojibake/encodings.js';
import { documentMojibake, type MojibakeRepair } from '../src/mojibake/find-mojibake.js';
import type { Report, RuleReport } from '../src/types.js';
import { describeCodePoint } from '../src/unicode/names.js';

/** Characters of a run quoted in a message; a longer one ends with "…". */
const QUOTED = 60;

export default defineRule({
  id: 'mojibake',
  description:
    'UTF-8 text decoded as Windows-1252, Latin-1 or another single-byte encoding ("CafÃ©", "â€œ"), and C1 controls that are Windows-1252 punctuation.',
  severity: 'error',
  fixable: true,
  options: {},
  schema: { type: 'object', properties: {}, additionalProperties: false },
  messages: {
    c1Unread: 'C1 control in text, from another encoding: as Windows-1252 it reads {{reading}}; check it.',
    c1sUnread: 'C1 controls in text, from another encoding: as Windows-1252 they read {{reading}}; check it.',
    c1: 'C1 control {{codes}}: a Windows-1252 byte read as Latin-1. Fix: replace with {{repaired}}.',
    c1s: 'C1 controls {{codes}}: Windows-1252 bytes read as Latin-1. Fix: replace with {{repaired}}.',
    c1InWord:
      'C1 control {{codes}}: a Windows-1252 byte read as Latin-1, or a byte of another encoding, inside a word: ' +
      'as Windows-1252 it is {{repaired}}; check the word.',
    c1sInWord:
      'C1 controls {{codes}}: Windows-1252 bytes read as Latin-1, or a byte of another encoding, inside a word: ' +
      'as Windows-1252 it is {{repaired}}; check the word.',
    damaged:
      'Mojibake: {{original}} is UTF-8 read as {{encodings}}, damaged since: no reading of its bytes gives clean text. It needs the source.',
    bytesLost:
      'Mojibake: {{original}} is UTF-8 read as {{encodings}}, with bytes lost on the way: it reads {{repaired}}, ' +
      'where U+FFFD stands for what cannot be recovered.',
    mojibake: 'Mojibake: {{original}} is UTF-8 read as {{encodings}}. Fix: replace with {{repaired}}.',
    replaceWith: 'Replace with {{replacement}}',
  },
  check(doc, report) {
    for (const repair of documentMojibake(doc)) report(reportRepair(doc.text, repair));
  },
});

type MessageId = 'c1Unread' | 'c1sUnread' | 'c1' | 'c1s' | 'c1InWord' | 'c1sInWord' | 'damaged' | 'bytesLost' | 'mojibake' | 'replaceWith';

function reportRepair(text: string, repair: MojibakeRepair): RuleReport<Report, MessageId> {
  const { start, end, repaired } = repair;
  const original = text.slice(start, end);
  const fix = { start, end, text: repaired };
  if (repair.kind === 'c1' && repair.certainty === 'report') {
    // No reading of the run was clean (":\u008CPARTIAL"): offer each C1 as Windows-1252, for a person.
    const asCp1252 = [...original].map((ch) => (isC1Code(ch.charCodeAt(0)) ? CP1252_C1[ch.charCodeAt(0) - 0x80] : ch)).join('');
    return {
      start,
      end,
      messageId: original.length > 1 ? 'c1sUnread' : 'c1Unread',
      data: { reading: quote(asCp1252) },
      suggestions:
        asCp1252 === original
          ? undefined
          : [{ messageId: 'replaceWith', data: { replacement: quote(asCp1252) }, fix: { start, end, text: asCp1252 } }],
    };
  }
  if (repair.kind === 'c1') {
    const codes = [...original].map((ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
    const data = { codes, repaired: quote(repaired) };
    const several = original.length > 1;
    if (repair.certainty === 'fix') return { start, end, messageId: several ? 'c1s' : 'c1', data, fix };
    return {
      start,
      end,
      messageId: several ? 'c1sInWord' : 'c1InWord',
      data,
      suggestions: [{ messageId: 'replaceWith', data: { replacement: quote(repaired) }, fix }],
    };
  }
  const data = { original: quote(original), encodings: describeEncodings(repair), repaired: quote(repaired) };
  if (repair.certainty === 'report') return { start, end, messageId: 'damaged', data };
  if (repair.certainty === 'suggest') {
    return {
      start,
      end,
      messageId: 'bytesLost',
      data,
      suggestions: [{ messageId: 'replaceWith', data: { replacement: quote(repaired) }, fix }],
    };
  }
  return { start, end, messageId: 'mojibake', data, fix };
}

/** "Windows-1252", "Windows-1252 twice", "Windows-1252, then as Windows-1251 (Cyrillic)". */
function describeEncodings(repair: MojibakeRepair): string {
  // repair.encodings lists the outermost misreading first, the order they are undone; tell them in
  // the order they happened.
  const titles = repair.encodings.map((e) => e.title).reverse();
  if (titles.every((t) => t === titles[0]))
    return titles.length === 1 ? titles[0] : `${titles[0]} ${titles.length === 2 ? 'twice' : `${titles.length} times`}`;
  return titles.join(', then as ');
}

/**
 * Text between quotation marks, with invisible and control characters shown as <U+XXXX>; a lone sign
 * by its name, which reads better than a quotation mark between quotation marks.
 */
function quote(s: string): string {
  const chars = [...s];
  if (chars.length === 1 && !/[\p{L}\p{N}]/u.test(s)) return describeCodePoint(s.codePointAt(0)!);
  const shown = chars.length > QUOTED ? chars.slice(0, QUOTED).join('') + '…' : s;
  return `“${shown.replace(INVISIBLE, (ch) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`)}”`;
}

const INVISIBLE = /[\u0000-\u001f\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;

function isC1Code(code: number): boolean {
  return code >= 0x80 && code <= 0x9f;
}
