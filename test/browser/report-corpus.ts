// Small corpora for the html and markdown report tests, made for them: a near duplicate paragraph,
// typos, a zero-width space, and a hostile JSONL dump whose file name and text hold markup, quotes and
// bidi controls that a report must show as text.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineRule } from '../../src/define-rule.js';

export const LONG =
  'Exports of farm produce rose 12 percent in the first quarter, led by rice, coffee and fruit, while imports of animal feed fell as ' +
  'farmers cut herds after a year of low pork prices.';
const OTHER = 'Work will start in May and cost about 40 billion VND, according to the Department of Transport.';

/** A file name no report may treat as markup. */
export const HOSTILE_FILE = `news/x<script>alert(3)<!--"'\u202Elnosj.jsonl`;
/** A record's text: markup, quotes, a right-to-left override, a line separator, and "the the" to flag. */
export const HOSTILE_TEXT =
  '</script><script>window.pwned=1</script> said the the <img src=x onerror="window.pwned=2"> \u202Egnp.exe\u202C & \'quoted\'\u2028 end';

export const REPORT_FILES: Record<string, string> = {
  'copydesk.config.json': '{}',
  'news/dup.txt': `${LONG}\n${OTHER}\n${LONG.replace('12 percent', '14 percent')}\n`,
  'news/typos.txt': 'The Goverment said the the plan was sound.\nThe Goverment said so on Monday.\n',
  'news/zw.txt': 'Café\u200B opens on Monday.\n',
  [HOSTILE_FILE]: `${JSON.stringify({ id: 1, text: HOSTILE_TEXT })}\n`,
};

/**
 * At least `findings` findings over 2,000 files, of the kinds a scraped corpus has: doubled words,
 * zero-width spaces and soft hyphens, typos, repeated lines. Written into `dir`.
 */
export function writeBigCorpus(dir: string, findings = 100_000): void {
  const lines = [
    'He said said that the the port port will will open open on Monday, the ministry said.',
    'Café\u200B owners\u200B in Đà Nẵng\u00AD welcomed the Goverment decision to cut taxes on on imports.',
    'Workers said said the new bridge would would be finished in in May, a year late, the the contractor said.',
    'Read more: the the latest news from the provnce and the the region',
  ];
  // These lines give 5.8 findings each on average (measured), so this makes somewhat more than asked.
  const perFile = Math.ceil(findings / 2000 / 5.5);
  writeFileSync(path.join(dir, 'copydesk.config.json'), '{}');
  for (let f = 0; f < 2000; f++) {
    const out: string[] = [];
    for (let i = 0; i < perFile; i++) {
      out.push(lines[(i + f) % lines.length], `Paragraph ${i} of file ${f} is fine and has nothing wrong with it.`);
    }
    writeFileSync(path.join(dir, `f${String(f).padStart(4, '0')}.txt`), `${out.join('\n')}\n`);
  }
}

/** Stands in for the cross-document duplicate rule: b.txt and c.txt each name a.txt's line as their other copy. */
export const crossDocumentRule = defineRule({
  id: 'test-cross-copy',
  description: 'test',
  severity: 'warn',
  fixable: false,
  options: {},
  check(doc, report) {
    if (doc.path.endsWith('a.txt')) return;
    const original = { filePath: path.join(path.dirname(doc.path), 'a.txt'), line: 1, column: 1, endLine: 1, endColumn: 30 };
    const related = [{ ...original, text: CROSS_FILES['a.txt'].trim(), similarity: 0.8 }];
    report({ start: 0, end: doc.text.indexOf('\n'), message: 'Copy of a.txt.', related });
  },
});

export const CROSS_FILES = {
  'a.txt': 'The port will open on Monday.\n',
  'b.txt': 'The port will open on Tuesday.\n',
  'c.txt': 'The port may open on Monday.\n',
};
