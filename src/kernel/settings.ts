import type { RuleSettings } from '../types.js';

/** No accepted words, no names: the settings of a run without a config. */
export const NO_SETTINGS: RuleSettings = Object.freeze({ words: new Set<string>(), names: [] });
