// language: a document in a language the corpus is not expected to hold (config `languages`, default
// ["en"]): a scraper that fetched the French edition of a page, or a feed that mixed in another
// desk's copy. Off by default: a corpus that means to hold several languages lists them instead.
// The document's language is the shared text layer's (src/language/document-languages.ts): the one
// most of its judged paragraphs are in; a document too short to judge counts as English.
import { defineRule } from '../src/define-rule.js';
import { languageName } from '../src/language/language-names.js';

export default defineRule({
  id: 'language',
  description: 'A document in a language the corpus is not expected to hold (config `languages`): the wrong edition was fetched.',
  severity: 'warn',
  offByDefault: true,
  fixable: false,
  options: {},
  schema: { type: 'object', properties: {}, additionalProperties: false },
  messages: {
    unexpectedLanguage: 'The document reads as {{language}}; the corpus is expected to hold {{expected}} (config `languages`).',
  },
  check(doc, report, _options, settings) {
    const expected = settings.languages ?? ['en'];
    const { language } = doc;
    if (language === 'und' || expected.includes(language) || doc.paragraphs.length === 0) return;
    // The first paragraph stands for the document: the finding names a place, not the whole text.
    const first = doc.paragraphs[0];
    report({
      start: first.start,
      end: first.end,
      messageId: 'unexpectedLanguage',
      data: { language: languageName(language), expected: expected.map(languageName).join(', ') },
    });
  },
});
