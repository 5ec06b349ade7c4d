// What CI formats say about the tool itself: its name, version, home page and each rule's page.
import pkg from '../../package.json' with { type: 'json' };

export const TOOL_NAME = 'copydesk';
export const TOOL_VERSION: string = pkg.version;
/** The project's home, as the config schema's `$id` names it; rule pages live under docs/rules/. */
export const HOMEPAGE = 'https://github.com/copydesk/copydesk';

export function ruleDocsUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}
