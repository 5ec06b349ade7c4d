// The web-pages part of docs/quality.md: per part (tuning, held-out) and page-structure rule, the
// findings on the English pages, false alarms per 10,000 words, precision on the judged draw and
// recall on the real defects the judgments hold. The pages' text belongs to their publishers: only
// page names, lines and the judgments' notes are shown.
import { markdownTable, per10k, ratio } from './format.mjs';

export function webPagesSection(result) {
  return [
    '## Real web pages (English): page structure',
    '',
    'The English pages of `../shared/corpus/web-pages` (listed in `eval/data/web-pages-english.json`), each checked as the article extractor gave it (`article/`) and as a naive scrape (`scraped/`). A seeded draw of up to 40 findings per rule and part is judged by hand in `eval/labels/web-pages.json`. The pages are split by a hash of their name into a tuning part and a held-out part, fixed before any tuning; the held-out figures are the ones that count.',
    '',
    ...markdownTable(
      [
        'Part',
        'Rule',
        'Findings',
        'False alarms /10k words',
        'Precision (judged draw)',
        'Recall (judged real defects)',
        'Unjudged in draw',
      ],
      rows(result),
    ),
    '',
    "- **False alarms /10k words**: findings × the judged draw's false share / words (exact when every finding is drawn).",
    '- **Recall**: real defects among all judgments of the rule (made at any time) that a rule claiming their class still reports on their line.',
    '',
  ];
}

export function webPagesFigures(result) {
  const heldOut = result.parts.find(({ part }) => part === 'held-out');
  return (rule) => {
    const figures = heldOut.rules.find((entry) => entry.rule === rule);
    if (!figures) return undefined;
    const real = figures.judged.filter((finding) => finding.real).length;
    return {
      recall: figures.defects ? [figures.defects - figures.missed.length, figures.defects] : undefined,
      precision: figures.judged.length ? [real, figures.judged.length] : undefined,
      per10k: [Math.round(figures.falseAlarms), heldOut.words],
    };
  };
}

function rows(result) {
  const out = [];
  for (const { part, pages, words, rules } of result.parts) {
    for (const figures of rules) {
      const real = figures.judged.filter((finding) => finding.real).length;
      out.push([
        `${part} (${pages} dumps, ${words.toLocaleString('en-US')} words)`,
        figures.rule,
        String(figures.findings),
        per10k(figures.falseAlarms, words),
        ratio(real, figures.judged.length),
        ratio(figures.defects - figures.missed.length, figures.defects),
        String(figures.unjudged.length),
      ]);
    }
  }
  return out;
}
