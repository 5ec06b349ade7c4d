// encoding: bytes that are not valid UTF-8. The decoder never guesses; it records each bad run and
// puts one U+FFFD in its place, and this rule reports it at that place. A file with such a finding is
// never rewritten (src/fix), because writing the decoded text back would destroy the original bytes.
import { defineRule } from '../src/define-rule.js';

export default defineRule({
  id: 'encoding',
  description: 'Bytes that are not valid UTF-8: the file was saved in another encoding or is damaged.',
  severity: 'error',
  fixable: false,
  options: {},
  schema: { type: 'object', properties: {}, additionalProperties: false },
  messages: {
    invalidUtf8: 'Invalid UTF-8: byte {{bytes}} at byte offset {{offset}}; the file is not valid UTF-8 and will not be rewritten.',
    invalidUtf8Run: 'Invalid UTF-8: bytes {{bytes}} at byte offset {{offset}}; the file is not valid UTF-8 and will not be rewritten.',
  },
  check(doc, report) {
    for (const run of doc.invalidBytes) {
      const hex = run.bytes.map((b) => '0x' + b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
      report({
        start: run.offset,
        end: run.offset + 1,
        messageId: run.bytes.length > 1 ? 'invalidUtf8Run' : 'invalidUtf8',
        data: { bytes: hex, offset: run.byteOffset },
      });
    }
  },
});
