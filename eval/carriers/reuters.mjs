// Real wire copy: Reuters-21578 (1987), read from ../shared/corpus/reuters-21578 (research use only:
// never copied into the repository; the labels keep story ids, rule names and flagged words only).
// Each story becomes one article the way bench/probe-prose-rules.mjs reads them, but one paragraph
// per line: the TITLE line, then the DATELINE joined to the first paragraph of the BODY, every
// paragraph of the body (a paragraph starts at a line indented by four spaces; wrapped lines are
// joined with a space), and the "Reuter" sign-off on a line of its own.
//
// Two differences from the probe, because these are the defects the evaluation is about:
// - Control characters inside a body are kept (`&#127;` DEL, the `&#5;&#30;` that cut a story in
//   reut2-017); only the `&#3;` that closes every body goes, the end-of-text byte of the wire framing.
// - The SGML is read as Latin-1 and each article is written back as Latin-1 bytes, so the raw 0xFC in
//   reut2-017 reaches the CLI as it is: a byte that is not UTF-8. Every other byte of the files is ASCII,
//   and the decoder turns the bad byte into one U+FFFD, so offsets in the CLI's findings equal offsets
//   in `text`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords } from './brown.mjs';

/** The end-of-text byte that closes every body, after the sign-off. */
const BODY_END_CONTROL = /&#3;\s*$/;
/** The sign-off, however it is written ("Reuter", "REUTER...", "reuter^M": a carriage return in caret notation). */
const SIGN_OFF = /\s*\bREUTERS?\b(?:[\W\d]|\^M)*$/i;
/** A paragraph starts at a line indented by four spaces, or after a blank line. */
const PARAGRAPH_BREAK = /\n(?: {4}|[ \t]*\n)/;

/**
 * Every story with a BODY, in file order: `{id, newid, file, title, text, bytes, words, paragraphs}`.
 * `text` is one paragraph per line with a final newline; `bytes` is what is written for the CLI.
 */
export function loadReutersStories(corpusDir) {
  const files = readdirSync(corpusDir)
    .filter((name) => /^reut2-\d+\.sgm$/.test(name))
    .sort();
  return files.flatMap((file) => storiesOf(file, readFileSync(join(corpusDir, file), 'latin1')));
}

function storiesOf(file, sgml) {
  const stories = [];
  for (const match of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[\s\S]*?<\/REUTERS>/g)) {
    const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(match[0]);
    if (!body) continue;
    const title = unescapeSgml(/<TITLE>([\s\S]*?)<\/TITLE>/.exec(match[0])?.[1] ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const dateline = unescapeSgml(/<DATELINE>([\s\S]*?)<\/DATELINE>/.exec(match[0])?.[1] ?? '').trim();
    const paragraphs = bodyParagraphs(body[1]);
    if (dateline && paragraphs.length) paragraphs[0] = `${dateline} ${paragraphs[0]}`;
    const lines = title ? [title, ...paragraphs] : paragraphs;
    const text = `${lines.join('\n')}\n`;
    const newid = Number(match[1]);
    stories.push({
      id: `reuters-${newid}`,
      newid,
      file,
      title,
      text,
      bytes: Buffer.from(text, 'latin1'),
      paragraphs: lines,
      words: countWords(text),
    });
  }
  return stories;
}

function bodyParagraphs(sgmlBody) {
  const body = unescapeSgml(sgmlBody.replace(BODY_END_CONTROL, ''));
  const signedOff = SIGN_OFF.test(body);
  const paragraphs = body
    .replace(SIGN_OFF, '')
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => paragraph.replace(/[ \t]*\n[ \t]*/g, ' ').trim())
    .filter(Boolean);
  if (signedOff) paragraphs.push('Reuter');
  return paragraphs;
}

/** Entities as the probe decodes them, but a control character stays in the text. */
function unescapeSgml(text) {
  return text
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** How the report names and explains this carrier. */
export const reutersCarrier = {
  description: 'Reuters-21578 (1987 wire copy; six of the 22 SGML files, every story with a body)',
  method:
    'Each story with a BODY, as one article: the TITLE line, the DATELINE joined to the first paragraph, one paragraph per line (a paragraph starts at a line indented by four spaces; wrapped lines joined with a space), and the `Reuter` sign-off on a line of its own, as `bench/probe-prose-rules.mjs` reads them. Control characters inside a body are kept (only the end-of-text byte `&#3;` that closes every body goes), and the file is written as the Latin-1 bytes the SGML holds, so the one raw 0xFC byte reaches the CLI as invalid UTF-8.',
};
