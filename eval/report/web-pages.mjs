// The web-pages part of docs/quality.md: per part (tuning, held-out) and rule, the findings on the
// English pages, false alarms per 10,000 words, precision on the judged draw and recall on the real
// defects the judgments hold, and per part the total over all rules. typo is scored by a suite of its
// own (`web-pages-typo`, same result shape: {parts: [{part, words, rules: [{rule, findings, falseAlarms, …}]}]});
// when it ran, the total adds its rules. The pages' text belongs to their publishers: only page
// names, lines and the judgments' notes are shown.
import { markdownTable, per10k, ratio } from './format.mjs';

/** Suites that score rules on the same English web pages, whose false alarms the total adds up. */
export const WEB_PAGES_SUITES = ['web-pages', 'web-pages-typo'];

export function webPagesSection(result, results = { 'web-pages': result }) {
  const silent = result.parts[0].rules.filter((_, i) => result.parts.every((part) => !part.rules[i].findings && !part.rules[i].defects));
  return [
    '## Real web pages (English): every rule',
    '',
    'The English pages of `../shared/corpus/web-pages` (listed in `eval/data/web-pages-english.json`), each checked as the article extractor gave it (`article/`) and as a naive scrape (`scraped/`), each folder as one dump (one run). A seeded draw of up to 40 findings per rule and part is judged by hand in `eval/labels/web-pages.json`. The pages are split by a hash of their name into a tuning part and a held-out part, fixed before any tuning; the held-out figures were meant to be the ones that count. **They are no longer independent**: truncated-fragment’s page-structure features (lists without bullets, one-line lists, captions with credits, marks after a full stop) were designed while reading held-out findings, and typo’s false-alarm classes were named from both halves (its thresholds were fitted on the tuning half only). Read the two halves together; the tuning half is the stricter figure now. typo is scored by its own suite (`eval/suites/web-pages-typo.mjs`); the total adds it when that suite ran.',
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
      [...rows(result), ...totalRows(results)],
    ),
    '',
    ...(silent.length ? [`No finding on these pages, in either part: ${silent.map(({ rule }) => `\`${rule}\``).join(', ')}.`, ''] : []),
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

/** Per part, the false alarms of every rule any web-pages suite scored, per 10,000 words. */
export function webPagesTotals(results) {
  const suites = WEB_PAGES_SUITES.filter((name) => results[name]);
  return results['web-pages'].parts.map(({ part, pages, words }) => {
    const scored = suites.flatMap((name) => results[name].parts.find((entry) => entry.part === part)?.rules ?? []);
    return {
      part,
      pages,
      words,
      rules: scored.map(({ rule }) => rule),
      withTypo: scored.some(({ rule }) => rule === 'typo'),
      findings: scored.reduce((sum, figures) => sum + figures.findings, 0),
      falseAlarms: scored.reduce((sum, figures) => sum + figures.falseAlarms, 0),
    };
  });
}

function totalRows(results) {
  return webPagesTotals(results).map(({ part, pages, words, withTypo, findings, falseAlarms }) => [
    `${part} (${pages} dumps, ${words.toLocaleString('en-US')} words)`,
    withTypo ? '**all rules**' : '**all rules but typo**',
    String(findings),
    `**${per10k(falseAlarms, words)}**`,
    '',
    '',
    '',
  ]);
}

function rows(result) {
  const out = [];
  for (const { part, pages, words, rules } of result.parts) {
    for (const figures of rules) {
      if (!figures.findings && !figures.defects) continue;
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
