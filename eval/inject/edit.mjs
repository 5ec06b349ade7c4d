// What an injector works with and what it hands back. An injector edits a copy of an article's
// paragraphs and marks, in paragraph coordinates ({p, offset}), what it changed:
// - `region`: every character the injection added or altered. A finding of the injected rule inside it
//   is a true positive; a finding of another rule inside it is "collateral" (neither right nor wrong).
// - `expected`: the places a finding must overlap to count as found (any one of them).
// - `accept`: the texts a fix may produce (the article without the defect); `fixExpected` says
//   whether a safe fix is expected at all. Any other fix result is a wrong fix.
// - `mustCorrect`: found only if the fix or one of the first three suggestions gives an accepted text.
// - `note`: what the report shows of the case (the injected text by default).
// `buildCase` turns that into absolute UTF-16 offsets in the article's text, one paragraph a line.

/** The article as one string per paragraph. */
export function paragraphTexts(article) {
  return article.paragraphs.map((paragraph) => paragraph.text);
}

/** The file text of an article given as paragraphs: one paragraph per line, a final newline. */
export function composeText(paragraphs) {
  return `${paragraphs.join('\n')}\n`;
}

export function span(p, start, end, endP = p) {
  return { from: { p, offset: start }, to: { p: endP, offset: end } };
}

/** Paragraphs p..endP, whole. */
export function paragraphSpan(paragraphs, p, endP = p) {
  return span(p, 0, paragraphs[endP].length, endP);
}

/** Replaces [start, end) of paragraph p; returns the new paragraphs and the span of the replacement. */
export function replaceInParagraph(paragraphs, p, start, end, replacement) {
  const edited = [...paragraphs];
  edited[p] = paragraphs[p].slice(0, start) + replacement + paragraphs[p].slice(end);
  return { paragraphs: edited, span: span(p, start, start + replacement.length) };
}

/** The article's words (with their tags) that `filter(word, previous, next)` accepts, as {p, word}. */
export function wordsWhere(article, filter) {
  const found = [];
  article.paragraphs.forEach((paragraph, p) => {
    paragraph.words.forEach((word, i) => {
      if (filter(word, paragraph.words[i - 1], paragraph.words[i + 1])) found.push({ p, word });
    });
  });
  return found;
}

/** One word, chosen at random among those `filter` accepts, as {p, word}; null if there is none. */
export function pickWord(article, random, filter) {
  const candidates = wordsWhere(article, filter);
  return candidates.length ? random.pick(candidates) : null;
}

/** The edit that replaces [start, end) of paragraph p by `injected`, which the right fix undoes exactly. */
export function restorableEdit(article, p, start, end, injected, fixExpected) {
  const paragraphs = paragraphTexts(article);
  const edit = replaceInParagraph(paragraphs, p, start, end, injected);
  return { paragraphs: edit.paragraphs, region: edit.span, expected: [edit.span], accept: [paragraphs], fixExpected };
}

/** A generated case: `text` is the injected article as written to disk; every range is absolute. */
export function buildCase({ article, rule, variant, paragraphs, region, expected, accept, fixExpected, mustCorrect, note }) {
  const starts = paragraphStarts(paragraphs);
  const toRange = ({ from, to }) => ({ start: starts[from.p] + from.offset, end: starts[to.p] + to.offset });
  const text = composeText(paragraphs);
  const acceptedTexts = accept.map(composeText);
  const regionRange = toRange(region);
  return {
    rule,
    variant,
    articleId: article.id,
    file: article.file,
    text,
    region: regionRange,
    expected: expected.map(toRange),
    accept: acceptedTexts,
    fixExpected,
    mustCorrect: Boolean(mustCorrect),
    note: note ?? text.slice(regionRange.start, regionRange.end),
  };
}

function paragraphStarts(paragraphs) {
  const starts = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    starts.push(offset);
    offset += paragraph.length + 1;
  }
  return starts;
}
