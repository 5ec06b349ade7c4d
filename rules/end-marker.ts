// PLACEHOLDER: being written; replaced by the real rule.
import { defineRule } from '../src/define-rule.js';

export default defineRule({
  id: 'end-marker',
  description: 'TODO',
  severity: 'error',
  fixable: false,
  options: {},
  check() {},
});
