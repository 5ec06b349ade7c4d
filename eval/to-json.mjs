// `--json <file>`: every case and finding of a run, for reviewing what docs/quality.md only sums up
// or leaves out (codespell's words, Reuters' context).
import { excerpt } from './report/format.mjs';

export function toJson(results, suites) {
  const json = {};
  const { injected, reuters, ftfy, peer, british, codespell } = results;
  if (injected) {
    json.injected = {
      cases: injected.cases.map(({ text: _text, accept: _accept, ...testCase }) => ({
        ...testCase,
        findings: injected.findings.get(testCase.id) ?? [],
      })),
      clean: injected.clean.listed.map(({ ruleId, finding, document, real }) => ({
        ruleId,
        article: document.id,
        flagged: document.text.slice(finding.start, finding.end),
        real,
        ...finding,
      })),
    };
  }
  if (results['web-pages']) {
    // Every finding on the English web pages, and each rule's drawn findings not yet judged (eval/labels/web-pages.json).
    json['web-pages'] = results['web-pages'].parts.map(({ part, pages, words, rules }) => ({
      part,
      pages,
      words,
      rules: rules.map(({ rule, findings, judged, unjudged, missed }) => ({ rule, findings, judged: judged.length, unjudged, missed })),
    }));
  }
  if (reuters) {
    const place = ({ story, finding }) => ({
      newid: story.newid,
      line: finding.line,
      flagged: story.text.slice(finding.start, finding.end),
      context: excerpt(story.text, finding),
      message: finding.message,
    });
    json.reuters = {
      sample: { ...reuters.sample, strata: Object.fromEntries(reuters.sample.strata) },
      classes: Object.fromEntries(
        [...reuters.classes].map(([name, stats]) => [
          name,
          {
            labels: stats.labels,
            found: stats.found,
            foundBy: Object.fromEntries(stats.foundBy),
            missed: stats.missed.map(({ story, label, nearby }) => ({
              ...label,
              ranges: undefined,
              nearby: nearby.map((finding) => place({ story, finding })),
            })),
          },
        ]),
      ),
      rules: Object.fromEntries(
        [...reuters.rules].map(([rule, stats]) => [
          rule,
          {
            findings: stats.findings,
            truePositives: stats.truePositives,
            falsePositives: stats.falsePositives.map((item) => ({
              ...place(item),
              fellOn: item.fellOn.map(({ ranges, ...label }) => label),
            })),
            wrongFixes: stats.wrongFixes.map((item) => ({ ...place(item), fix: item.finding.fix, correct: item.label?.correct })),
          },
        ]),
      ),
      rest: { stories: reuters.rest.stories, words: reuters.rest.words, findings: reuters.rest.listed.map(place) },
      // The held-out draw; its unjudged findings with their context, to judge into eval/labels/reuters-held-out.json.
      heldOut: reuters.heldOut.map(({ name, rules, findings, drawn, judged, unjudged }) => ({
        name,
        rules,
        findings,
        drawn,
        judged: judged.map(({ story, finding, ...rest }) => rest),
        unjudged: unjudged.map(({ story, finding, ...rest }) => ({
          ...rest,
          context: place({ story, finding }).context,
          message: finding.message,
        })),
      })),
    };
  }
  if (ftfy) {
    json.ftfy = {
      ruleExists: ftfy.ruleExists,
      files: ftfy.files,
      misses: ftfy.misses,
      fixes: ftfy.fixes,
      flaggedNegatives: ftfy.flaggedNegatives,
      otherRulesOnNegatives: ftfy.otherRulesOnNegatives,
    };
  }
  if (peer) json.peer = peer;
  if (british) json.british = { words: british.words, groups: Object.fromEntries(british.groups), flagged: british.flagged };
  if (codespell) json.codespell = codespell;
  json.rules = suites.ftfy ? { mojibakeInCatalog: suites.ftfy.ruleExists } : undefined;
  return json;
}
