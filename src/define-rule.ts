// What a rule file is written against (ESLint's `meta` + `create`, flattened): defineRule and
// defineCorpusRule type the rule, fill in its docs URL, and turn `report({ messageId, data })` into the
// plain message the engine receives, so messages are data in the rule's `messages`, not strings built in code.
import { ruleDocsUrl } from './reporters/tool-info.js';
import type {
  CorpusReport,
  CorpusRule,
  Document,
  DocumentRule,
  MessageData,
  Report,
  RuleContext,
  RuleOptions,
  RuleReport,
  RuleSettings,
} from './types.js';

type Definition<R extends { docs: unknown }, M extends string> = Omit<R, 'docs' | 'messages' | 'check' | 'finish'> & {
  docs?: { url: string };
  messages?: Readonly<Record<M, string>>;
};

export type DocumentRuleDefinition<O extends RuleOptions, M extends string> = Definition<DocumentRule<O>, M> & {
  check(doc: Document, report: (report: RuleReport<Report, M>) => void, options: O, settings: RuleSettings, context: RuleContext): void;
};

export type CorpusRuleDefinition<O extends RuleOptions, S, M extends string> = Definition<CorpusRule<O, S>, M> & {
  finish(state: S, report: (report: RuleReport<CorpusReport, M>) => void, options: O, settings: RuleSettings, context: RuleContext): void;
};

export function defineRule<O extends RuleOptions, M extends string = never>(rule: DocumentRuleDefinition<O, M>): DocumentRule<O> {
  const { check } = rule;
  return {
    ...rule,
    docs: rule.docs ?? { url: ruleDocsUrl(rule.id) },
    // The arguments after `report` are passed on as they come, whatever the engine gives.
    check(doc, report, ...rest) {
      check(doc, (r) => report(resolveMessage(rule, r)), ...rest);
    },
  };
}

export function defineCorpusRule<O extends RuleOptions, S, M extends string = never>(
  rule: CorpusRuleDefinition<O, S, M>,
): CorpusRule<O, S> {
  const { finish } = rule;
  return {
    ...rule,
    docs: rule.docs ?? { url: ruleDocsUrl(rule.id) },
    finish(state, report, ...rest) {
      finish(state, (r) => report(resolveMessage(rule, r)), ...rest);
    },
  };
}

/**
 * A report by `messageId` becomes one with the message filled in. An id the rule's `messages` lack is a
 * bug in the rule, thrown as ESLint does; a placeholder without data stays as written (`{{name}}`), and
 * the rule tester fails on it (test/rule-tester.ts).
 */
export function resolveMessage<R extends Report>(rule: RuleMessages, report: RuleReport<R, string>): R {
  let resolved = report as unknown as R;
  if (report.messageId !== undefined) {
    const { data, ...rest } = report as { data?: MessageData; messageId: string };
    resolved = { ...rest, message: formatMessage(templateOf(rule, report.messageId), data) } as unknown as R;
  }
  if (report.suggestions?.some((s) => s.messageId !== undefined)) {
    resolved.suggestions = report.suggestions.map((s) =>
      s.messageId === undefined ? s : { desc: formatMessage(templateOf(rule, s.messageId), s.data), fix: s.fix },
    );
  }
  return resolved;
}

interface RuleMessages {
  id: string;
  messages?: Readonly<Record<string, string>>;
}

function templateOf(rule: RuleMessages, messageId: string): string {
  if (!rule.messages || !Object.hasOwn(rule.messages, messageId)) {
    throw new Error(`Rule ${rule.id} reported messageId "${messageId}", which its messages do not have`);
  }
  return rule.messages[messageId];
}

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

export function formatMessage(template: string, data: MessageData | undefined): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (data && Object.hasOwn(data, name) ? String(data[name]) : whole));
}

/** The placeholder names a message template uses. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
