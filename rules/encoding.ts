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
  check(doc, report) {
    for (const run of doc.invalidBytes) {
      const hex = run.bytes.map((b) => '0x' + b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
      report({
        start: run.offset,
        end: run.offset + 1,
        message: `Invalid UTF-8: byte${run.bytes.length > 1 ? 's' : ''} ${hex} at byte offset ${run.byteOffset}; the file is not valid UTF-8 and will not be rewritten.`,
      });
    }
  },
});
