// Vietnamese names are single syllables, and most one-letter changes of a syllable give another real
// one: Tran and Trang, Truong and Trung, Nguyen and Nguyet are all common names. Two forms that are
// both Vietnamese syllables are therefore never taken for a misspelling of each other, however rare
// one of them is. A syllable is an initial consonant, a vowel group and a final consonant, each
// from the short lists of Vietnamese orthography; compared without tone and vowel marks, so "Nguyễn"
// and the unaccented "Nguyen" both count.

const INITIALS = 'ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx]';
const VOWEL_GROUPS = 'ieu|oai|oay|oeo|uay|uoi|uou|uya|uye|uyu|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy]';
const FINALS = 'ch|ng|nh|[cmnpt]';
const SYLLABLE = new RegExp(`^(?:${INITIALS})?(?:${VOWEL_GROUPS})(?:${FINALS})?$`);
const MARKS = /\p{M}+/gu;
const ASCII_LOWER = /^[a-z]*$/;

/** Whether a lower-case word reads as one Vietnamese syllable, marks aside: "trung", "nguyễn", "đà". */
export function isVietnameseSyllable(lowerCaseWord: string): boolean {
  // Most words asked are plain ASCII: no marks to take off (and no Unicode regex to compile at start-up).
  if (ASCII_LOWER.test(lowerCaseWord)) return lowerCaseWord.length <= 7 && SYLLABLE.test(lowerCaseWord);
  const bare = lowerCaseWord.normalize('NFD').replace(MARKS, '').replaceAll('đ', 'd');
  return bare.length <= 7 && SYLLABLE.test(bare);
}
