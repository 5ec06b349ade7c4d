import { describe, expect, it } from 'vitest';
import rule, { TOKEN_SPELLINGS } from '../../rules/typo.js';
import { corpusSuite, corpusText, hasCorpus } from '../helpers/corpus.js';
import { validateConfig } from '../../src/config/load-config.js';
import { createDocument } from '../../src/document.js';
import { lint, NO_SETTINGS, RunContext, type ConfiguredRule } from '../../src/kernel/index.js';
import { CAPITALISED_CORRECTIONS } from '../../src/spelling/capitalised-word.js';
import { CANDIDATE_CORRECTIONS } from '../../src/spelling/suggest.js';
import { dialectTwin } from '../../src/spelling/affixes.js';
import { wordTier } from '../../src/spelling/dictionary.js';
import { readDump } from '../helpers/dumps.js';
import { ruleTester, runRule } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // British and American spellings, and derived forms the word list lacks.
    'They were honouring the organised programme of modernisation, multilateralisation and diversification.',
    'The organized program honored the defense of the center.',
    'The traveller focusses on labour, colour and the refocussed catalogue.',
    'a multipolar world, reorganisation, unreformed banks and misspelt words',
    'nationalisms and rehabilitations, shuddery visions, deluxer models, lacey open weaves',
    // Scripture quoted in the Brown editorials (cb12).
    '“But John forbad him, saying, I have need to be baptized of thee, and comest thou to me?” How blest are those',
    // Closed compounds of two known words.
    'the brushfire spread and a lockdown followed',
    // Names: capitalised words no dictionary knows are not judged.
    'Tran Luu Quang met Dmitry Chernyshenko and Thongsavanh Phomvihane in Hanoi.',
    'Alberto Anaya Guitiérrez spoke.',
    'Nguyễn Phú Trọng visited Đà Nẵng and ate phở.',
    // The list would turn these names into words: "Nam" → "name", "Bui" → "buy".
    'Viet Nam and Laos signed.',
    'Nam Dinh is a province.',
    'Bui Thanh Son met him.',
    'He met Teh Hong in Hanoi.',
    // A list hit that also stands inside a sentence is a name (Reuters, reut2-000.sgm).
    'Antibioticos for 500 billion lire.\nThe talks with Antibioticos ended.',
    // Capitalised words no list has are names far more often than slips (Reuters, reut2-*.sgm): a name
    // one letter off another name or a word, an ending, a doubled letter, a foreign phrase, the sign-off.
    'Salomon Brothers and Shultz met Helmut Schmidt; Webber and Whittaker of Mulford Corp also came.',
    'Analysts at Societe Generale and Banque Nationale de Paris disagreed with Banco Nacional.',
    // Short words in a table row are labels and abbreviations (Reuters: tung oil, SHEX, amts).
    'soybean 104,314 (56,901), tung 20 (nil), olive 161 (858), maize nil (307)',
    'Qasim/Shanghai 25,000 mt pig iron 1,500 fhex/1,200 shex 1-10/4.',
    // A word anywhere before in the same run of capitalised words makes it a foreign name too.
    'An official at Minero Peru Comercial said so.',
    'The French group Societes de Developpement Regional is issuing bonds.',
    'Bank fuer Gemeinwirtschaft AG cut rates.',
    // Four-letter abbreviations beside figures and other abbreviations (Reuters' earnings notes).
    '1986 1st qtr oper net excludes a loss; 1985 amts restated.',
    'The Robusta beans went to Urbana.\nReuter',
    // Two spellings in one document that it cannot tell apart: the rarer is written as often as the
    // other, or the other is a name a dropped letter away, or a letter is replaced in a known word.
    'Rexnard bought it. Rexnard said so. Rexnord shares rose.',
    'Chief of staff Donald Regan met Reagan; Reagan said nothing.',
    'Bolsa do Brasil traders said Brazil would pay.',
    'Nguyen Thi Phuong met Tran Phong, Le Phong and Vu Phong in Hai Phong.',
    // An ending that inflects a name is no slip, however often the other form stands (Reuters).
    'Helmut Falk sold; Falk said Falk would stay, and Falks has sold more.',
    'Den Norske Creditbank and Norsk Hydro; Norsk said Norsk would.',
    // Two edits from a spelling written only four times as often: not enough.
    'Burlington said. Burlington and Burlington rose. Burlington fell. Burlilgnton gained.',
    // Closed compounds, and a prefix that is also a function word, are no words run together.
    'The brushfire and the lockdown reached the inpost.',
    // Words only the larger word-game list has are words (Reuters): spudded, grantor, soya, unviable;
    // so is one a letter replaced from a common word (subsea, paise).
    'The well was spudded in May; the grantor trust bought soya oil for the unviable pigmeat plant.',
    'The subsea pipeline cost 40 paise a unit.',
    // A capitalised slip written three times in any case is a name: a headline in capitals counts (Reuters).
    'UNIT UPS SHAER SHOE STAKE\nIt raised its stake in Shaer Shoe Corp and had talks with Shaer management.',
    // Game words that are an inflection of a known word, or part of a compound, are words (Reuters).
    'Trade in invisibles rose; the trans-Atlantic trip and the goods trans-shipped to the U.S.',
    // A known name written without its capital is no misspelling (a story that lost its capitals).
    "mexico and japan's shipments to veracruz rose, mexican officials said",
    // A short known misspelling inside a French name is French.
    "Societe Mutuelle d'Assurance sur la Vie du Batiment and the port of Fos sur Mer.",
    // Acronyms, numbers, addresses.
    'The VNA and CPV said ASEAN’s RoK partners agreed; TEH is an acronym here.',
    'The 500kV line cost 7.41 trillion VND (282.5 million USD) in 2025–2030.',
    'See https://vietnamplus.vn/recieve-teh-news.html or www.example.com/goverment for details.',
    'Write to recieve.desk@example.com today.',
    'Visit vietnamplus.vn and the #goverment tag.',
    // A word broken by a replacement character or holding a soft hyphen is stray-unicode's finding.
    'the leadership hasn\uFFFDt meant to; a com\u00ADmitee',
    // Hyphenated compounds, possessives and contractions.
    'year-on-year co-operation in people-to-people exchanges, a post-mortem, willy-nilly',
    "the country’s partners, the people's army, the countries’ ties",
    "don't, won't, can't, it's, we'll, they've, o'clock",
    // Latin and French phrases, dialogue, a word in quotation marks.
    'de facto, per annum, pro forma, bete noire, papier-mache',
    "If you're lyin' out in the hammock",
    'the word “silmutaneously” is misspelt',
    // Short unknown words are units and abbreviations: km, tra fish; so are words without a vowel.
    'a total length of 229.5 km, the tra fish export market',
    'Shrs 1,234,000 vs 1,100,000 in nine mths',
    'le roi gouverne par lui meme',
    // "de" is English only in names: a story that lost its capitals (Reuters).
    'agreement between state oil companies petroleos de venezuela (pdvsa) and ecuador',
    // The config's vocabulary and names.
    { text: 'We recieve it.', words: ['recieve'], name: 'the config words accept a word' },
    { text: 'Gutierrez said.', names: ['Gutiérrez'], name: 'a name without its accents is house style, not a typo' },
    { text: 'Tran and Trung said.', names: ['Trang', 'Nguyen Van Truong'], name: 'short names are left alone' },
    { text: 'gutiérrez and Gutiérrez', names: ['Alberto Anaya Gutiérrez'], name: 'a name part in any case' },
    {
      text: 'unknownwordz and Genral Motors in Conneticut; ofconcern.',
      options: { unknownWords: false },
      name: 'the unknownWords option, for capitalised words too',
    },
    // The larger lexicons: names of people, companies and cities, and software terms, that no dictionary
    // has and that sit one slip from a word (web pages: "Gather", "Person", "Working", "fronted").
    'The coach Gaither said so. Analysts at Pierson and Persson in Woking agreed.',
    'Tyrese Haliburton scored.',
    'The frontend code sets the charset.',
    // A software term is no slip on a common word, as a word-game rarity one letter from one may be.
    'Declare it const; the backend calls printf.',
    // The document cache: a spelling written three times is the writer's word, not a slip.
    'The zscore of n. Each zscore is small.\nA zscore above two is rare.',
  ],
  invalid: [
    {
      name: 'the document cache: a slip written once, or copied with its neighbours, is reported; a listed misspelling however often',
      text: 'The vote is held silmutaneously.\nThe vote is held silmutaneously.\nWe recieve it. They recieve it. You recieve it.',
      output: 'The vote is held silmutaneously.\nThe vote is held silmutaneously.\nWe receive it. They receive it. You receive it.',
      errors: [
        { line: 1, column: 18, text: 'silmutaneously', suggestions: ['simultaneously'] },
        { line: 2, column: 18, text: 'silmutaneously', suggestions: ['simultaneously'] },
        { line: 3, column: 4, text: 'recieve' },
        { line: 3, column: 21, text: 'recieve' },
        { line: 3, column: 37, text: 'recieve' },
      ],
    },
    {
      name: 'a capitalised slip on a common word or a known name is a suggestion, not a fix (Reuters)',
      text: 'Genral Motors and the U.S. Trade Represenative in Conneticut.\nCHRYSLER RECIEVES ORDER',
      errors: [
        { line: 1, column: 1, text: 'Genral', message: 'neither the dictionary nor the list of names', suggestions: ['General'] },
        { line: 1, column: 34, text: 'Represenative', suggestions: ['Representative'] },
        { line: 1, column: 51, text: 'Conneticut', suggestions: ['Connecticut'] },
        { line: 2, column: 10, text: 'RECIEVES', suggestions: ['RECEIVES'] },
      ],
    },
    {
      name: 'a capitalised word the same document spells otherwise, one slip away (Reuters)',
      text:
        'Reidel Environmental Services Inc said it agreed to buy a firm.\nReidel Envirnomental Services said the deal is done.\n' +
        'Crosbie said. The Crosbie plan and Crosbie staff grew. Mr Crosibie left.',
      errors: [
        { line: 2, text: 'Envirnomental', message: 'this document writes "Environmental" once', suggestions: ['Environmental'] },
        { line: 3, text: 'Crosibie', message: 'writes "Crosbie" 3 times', suggestions: ['Crosbie'] },
      ],
    },
    {
      name: 'a letter added at the end of a name, or two slips in a long name the document writes five times as often (Reuters)',
      text:
        'KEBO AB and Calmark said. Calmar makes caps; Calmar and Calmar grew.\n' +
        'Burlington said. Burlington and Burlington rose. Burlington fell; Burlington Northern and Burlilgnton gained.',
      errors: [
        { line: 1, text: 'Calmark', message: 'writes "Calmar" 3 times', suggestions: ['Calmar'] },
        { line: 2, text: 'Burlilgnton', message: 'writes "Burlington" 5 times', suggestions: ['Burlington'] },
      ],
    },
    {
      name: 'a word only VarCon\'s level 95 has ("may not even be a legal word") is a misspelling where typos\' list says so (Reuters)',
      text: 'It set the permissable standards of conduct.',
      errors: [{ text: 'permissable', message: 'misspelling of "permissible"' }],
      output: 'It set the permissible standards of conduct.',
    },
    {
      name: 'in a table row, a listed misspelling with one sure correction is still fixed, and longer words judged',
      text: 'The company said its results were:\nRevs 1.3 bilion vs 1.2 billion, teh net 12 cts vs 10 cts\nThe company said so.',
      errors: [{ text: 'bilion' }, { text: 'teh', message: 'misspelling of "the"' }],
      output: 'The company said its results were:\nRevs 1.3 bilion vs 1.2 billion, the net 12 cts vs 10 cts\nThe company said so.',
    },
    {
      name: 'a longer slip beside figures is still judged',
      text: 'Revenue rose to 1.3 bilion dlrs.',
      errors: [{ text: 'bilion' }],
    },
    {
      name: 'a title running on into a name no list has is still judged (Reuters)',
      text: 'U.S. Trade Represenative Clayton Yeutter said so.',
      errors: [{ text: 'Represenative', suggestions: ['Representative'] }],
    },
    {
      name: 'a capitalised slip no list knows, repeated, is taken for a name',
      text: 'The Chrsyler said, a Chrsyler added, our Chrsyler left and a Represenative came.',
      errors: [{ text: 'Represenative' }],
    },
    {
      name: 'a letter replaced by the key beside it counts only in a long and common word (Reuters)',
      text: 'The Organiaation of Petroleum Exporting Countries met the Salomon and Solomon Brothers of Comoany Ltd.',
      errors: [{ text: 'Organiaation', suggestions: ['Organisation', 'Organization'] }],
    },
    {
      name: 'a word only the word-game list has, one slip from one of the commonest words, is a suggestion (Reuters)',
      text: 'A test that will be ablet to detect it could violate the spirt of the law, he repled.',
      errors: [
        { text: 'ablet', message: 'a rare word one slip from "able"', suggestions: ['able'] },
        { text: 'spirt', suggestions: ['spirit'] },
        { text: 'repled', suggestions: ['replied'] },
      ],
    },
    {
      name: 'in a five-letter capitalised word only two letters swapped in one of the commonest words count (Reuters)',
      text: 'METRO MOBILE DECLARES STCOK DIVIDEND\nThe Chicago Baord of Trade met Mr Baird, Mr Bored and the Tokoy office.',
      errors: [
        { text: 'STCOK', suggestions: ['STOCK'] },
        { text: 'Baord', suggestions: ['Board'] },
      ],
    },
    {
      name: 'abbreviations beside a slip and a number in a compound do not hide it (Reuters)',
      text: 'It had 3.5 bilion dlrs and 230 mln sahres on 48-mopnth contracts.',
      errors: [
        { text: 'bilion', suggestions: ['billion', 'billions', 'bullion'] },
        { text: 'sahres', suggestions: ['shares', 'sabres', 'sashes'] },
        { text: 'mopnth', suggestions: ['month', 'months', 'moth'] },
      ],
    },
    {
      name: 'two slips in a word of nine letters or more, on a fairly common word, three in one of twelve on a common word (Reuters)',
      text: 'It approved the dissolutation of the firm and its restructurining; other insitutitions should too.',
      errors: [
        { text: 'dissolutation', suggestions: ['dissolution'] },
        { text: 'restructurining', suggestions: ['restructuring'] },
        { text: 'insitutitions', suggestions: ['institutions'] },
      ],
    },
    {
      name: 'two words run together where a space was lost: the space put back is the suggestion (Reuters)',
      text: 'It voiced ofconcern on theday its operationswas cut, usingprices of May.',
      errors: [
        { text: 'ofconcern', suggestions: ['of concern'] },
        { text: 'theday', suggestions: ['the day'] },
        { text: 'operationswas', suggestions: ['operations was'] },
        { text: 'usingprices', suggestions: ['using prices'] },
      ],
    },
    {
      name: 'two words run together at the start of a sentence, but not a name inside one',
      text: 'Usingprices of May, it said so. Then Wasson left.',
      errors: [{ text: 'Usingprices', suggestions: ['Using prices'] }],
    },
    {
      name: 'a word-game word is a known misspelling first (Reuters: "Mitek als said"), not fixed: a larger lexicon knows it',
      text: 'Mitek als said it would sell them.',
      errors: [{ text: 'als', message: 'misspelling of "also"', suggestions: ['also'] }],
      output: null,
    },
    {
      name: 'known misspellings: a safe fix each',
      text: 'We recieve teh letter.',
      errors: [
        { line: 1, column: 4, text: 'recieve', message: '"recieve" is a misspelling of "receive"' },
        { line: 1, column: 12, text: 'teh' },
      ],
      output: 'We receive the letter.',
    },
    {
      name: 'the fix keeps the case of a sentence-initial word',
      text: 'Teh report was late. “Teh end,” he said.',
      errors: [
        { column: 1, text: 'Teh' },
        { column: 23, text: 'Teh' },
      ],
      output: 'The report was late. “The end,” he said.',
    },
    {
      name: 'several corrections are suggestions, not a fix',
      text: 'I think tha best is over.',
      errors: [{ column: 9, text: 'tha', suggestions: ['than', 'that', 'the'] }],
    },
    {
      name: 'a part of a hyphenated compound, a possessive',
      text: 'a well-knwon fact and the goverment’s plan',
      errors: [
        // "know" is almost as likely as "known" (within the calibrated fix lead): a suggestion
        { column: 8, text: 'knwon', suggestions: ['known', 'know'] },
        { column: 27, text: 'goverment' },
      ],
      output: 'a well-knwon fact and the government’s plan',
    },
    {
      name: 'a number or a possessive beside an unknown word is no foreign phrase',
      text: 'It ended in 2025 silmutaneously; the country’s simultanoeusly held vote.',
      errors: [
        { column: 18, suggestions: ['simultaneously'] },
        { column: 48, suggestions: ['simultaneously'] },
      ],
    },
    {
      name: 'a prefix does not excuse a slip on a common word, and a dropped vowel is no abbreviation',
      text: 'whenever a new crisis exposes the relaity; drunken trck drivers',
      errors: [
        { text: 'relaity', suggestions: ['reality'] },
        { text: 'trck', suggestions: ['trick', 'track', 'truck'] },
      ],
    },
    {
      name: 'unknown words get suggestions ranked by the spelling model: a swap is one likely slip, a common word beats a rare one',
      text: 'The presidnet and the mannagement team spoke.',
      errors: [
        { column: 5, text: 'presidnet', suggestions: ['president', 'presided', 'preside'] },
        { column: 23, text: 'mannagement', suggestions: ['management'] },
      ],
    },
    {
      name: 'a name near-miss before a possessive, and in decomposed (NFD) form',
      text: 'Guitiérrez’s visit. Guitie\u0301rrez said.',
      names: ['Gutiérrez'],
      errors: [
        { column: 1, text: 'Guitiérrez' },
        { column: 21, text: 'Guitie\u0301rrez' },
      ],
      output: 'Gutiérrez’s visit. Gutiérrez said.',
    },
    {
      name: 'positions after an astral character count UTF-16 units',
      text: '𝓀 We recieve it.',
      errors: [{ line: 1, column: 7, endColumn: 14, text: 'recieve' }],
      output: '𝓀 We receive it.',
    },
    {
      name: 'CRLF line endings stay',
      text: 'Good line.\r\nWe recieve it.\r\n',
      errors: [{ line: 2, column: 4, text: 'recieve' }],
      output: 'Good line.\r\nWe receive it.\r\n',
    },
    {
      // cb21's "miniscule" is a variant the word-game list accepts (as do most dictionaries today).
      name: 'the Brown editorials’ own typos (cb08, cb16)',
      text: 'the heart of metropolitian Atlanta; made avaliable to the press; a miniscule sect',
      errors: [{ text: 'metropolitian' }, { text: 'avaliable' }],
      output: 'the heart of metropolitan Atlanta; made available to the press; a miniscule sect',
    },
  ],
});

describe('typo: a listed correction is a fix only when no other word is as likely', () => {
  it("fixes recieve, but only suggests for revealtion (revelation is nearer than the list's revelations)", () => {
    const [recieve] = runRule(rule, { text: 'They will recieve it.' });
    expect(recieve.fix?.text).toBe('receive');
    const [revealtion] = runRule(rule, { text: 'It was a revealtion to us.' });
    expect(revealtion.fix).toBeUndefined();
    expect(revealtion.suggestions?.map((s) => s.fix.text)).toContain('revelation');
  });
});

describe('typo: a fix picks no dialect for the writer', () => {
  it('suggests both -ise and -ize for a listed misspelling whose correction has a twin, and fixes none', () => {
    const [found] = runRule(rule, { text: 'She emphazises the point.' });
    expect(found.fix).toBeUndefined();
    expect(found.suggestions?.map((s) => s.fix.text).sort()).toEqual(['emphasises', 'emphasizes']);
  });

  it('still fixes a listed misspelling whose correction has no twin (goverment)', () => {
    const [found] = runRule(rule, { text: 'The goverment met.' });
    expect(found.fix?.text).toBe('government');
  });
});

describe('dialectTwin', () => {
  const tierOf = (word: string) => wordTier(word);
  it('finds the other spelling of British/American pairs', () => {
    expect(dialectTwin('emphasises', tierOf)).toBe('emphasizes');
    expect(dialectTwin('organize', tierOf)).toBe('organise');
    expect(dialectTwin('colour', tierOf)).toBe('color');
    expect(dialectTwin('centre', tierOf)).toBe('center');
    expect(dialectTwin('analysed', tierOf)).toBe('analyzed');
    expect(dialectTwin('defence', tierOf)).toBe('defense');
    expect(dialectTwin('catalogue', tierOf)).toBe('catalog');
  });

  it('gives none for words that only look like a pair (for/four, fence, size, government)', () => {
    for (const word of ['for', 'tor', 'fence', 'size', 'prize', 'government', 'water', 'promise']) {
      expect(dialectTwin(word, tierOf), word).toBeUndefined();
    }
  });
});

describe('typo: parts of hyphened compounds', () => {
  it('leaves clipped parts alone (high-tech, have-nots) but still finds a listed misspelling in a compound', () => {
    expect(runRule(rule, { text: 'The high-tech firms and the have-nots met.' })).toEqual([]);
    const [found] = runRule(rule, { text: 'It was a goverment-backed loan.' });
    expect(found.fix?.text).toBe('government');
  });
});

describe('typo: a document of many capitalised words costs a bounded number of searches', () => {
  // Capitalised made-up words ("Qabxkz") that no list knows, each one searched once; a document with
  // more of them than its budget stops searching, so a blob of capitalised tokens stays cheap.
  const madeUp = (i: number) =>
    `Q${i
      .toString(26)
      .split('')
      .map((d) => String.fromCharCode(97 + parseInt(d, 26)))
      .join('')}xkz`;
  const names = Array.from({ length: 1500 }, (_, i) => madeUp(i));

  // Each test its own slip: a word searched once is remembered, and a remembered word costs nothing.
  it('finds a capitalised slip after a few hundred unknown names', () => {
    const text = `${names.slice(0, 300).join(' and ')} met. The Chemcial Bank plant closed.`;
    expect(runRule(rule, { text }).map((f) => text.slice(f.start, f.end))).toEqual(['Chemcial']);
  });

  it('stops searching once the budget is spent', () => {
    const text = `${names.slice(300).join(' and ')} met. The Presidentail Airways plant closed.`;
    expect(runRule(rule, { text })).toEqual([]);
    const alone = 'The Presidentail Airways plant closed.';
    expect(runRule(rule, { text: alone }).map((f) => alone.slice(f.start, f.end))).toEqual(['Presidentail']);
  });
});

describe('typo on our test dumps', () => {
  const fair = readDump('harvest-fair.txt');
  ruleTester(rule, {
    valid: [{ text: fair, name: 'test dump harvest-fair.txt without a names list' }],
    invalid: [
      {
        name: 'test dump delegation-visit.txt line 5: simultanously, and nothing else',
        text: readDump('delegation-visit.txt'),
        errors: [{ line: 5, column: 123, text: 'simultanously', message: 'misspelling of "simultaneously"' }],
        output: readDump('delegation-visit.txt').replace('simultanously', 'simultaneously'),
      },
      {
        name: 'test dump harvest-fair.txt: Ferniández three times, with Fernández in the names',
        text: fair,
        names: ['Elena Fernández'],
        errors: [
          { line: 1, column: 99, text: 'Ferniández', message: 'misspelling of the name "Fernández"' },
          { line: 3, column: 115, text: 'Ferniández' },
          { line: 4, column: 1, text: 'Ferniández' },
        ],
        output: fair.replaceAll('Ferniández', 'Fernández'),
      },
    ],
  });
});

describe.skipIf(!hasCorpus)(corpusSuite('typo on the seed dumps'), () => {
  ruleTester(rule, {
    valid: [{ text: corpusText('seeds/vna-hai-phong-mexico.txt'), name: 'seed vna-hai-phong-mexico.txt without a names list' }],
    invalid: [
      {
        name: 'seed vna-vietnam-russia.txt line 19: silmutaneously, and nothing else',
        text: corpusText('seeds/vna-vietnam-russia.txt'),
        errors: [{ line: 19, column: 51, text: 'silmutaneously', message: 'not in the dictionary', suggestions: ['simultaneously'] }],
      },
      {
        name: 'seed vna-hai-phong-mexico.txt: Guitiérrez four times, with Gutiérrez in the names',
        text: corpusText('seeds/vna-hai-phong-mexico.txt'),
        names: ['Alberto Anaya Gutiérrez'],
        errors: [
          { line: 1, column: 204, text: 'Guitiérrez', message: 'misspelling of the name "Gutiérrez"' },
          { line: 2, column: 169, text: 'Guitiérrez' },
          { line: 3, column: 222, text: 'Guitiérrez' },
          { line: 4, column: 1, text: 'Guitiérrez' },
        ],
        output: (text) => text.replaceAll('Guitiérrez', 'Gutiérrez'),
      },
    ],
  });
});

// Words are read across invisible and control characters, as they will read once stray-unicode has
// removed them: no typo on a fragment (issue 10, row 16). While stray-unicode is on, such a word is its;
// with stray-unicode off, typo judges the word as it reads.
ruleTester(rule, {
  valid: [
    {
      name: 'control, private-use and format characters inside words: no fragment is a typo',
      text: 'The de\u0001puties saw bo\uE000bbles; fu\u0002rther po\u0007licy, com\u00ADment.',
    },
    {
      name: 'the same with stray-unicode off: the words read "deputies", "bobbles", "further", "policy"',
      text: 'The de\u0001puties saw bo\uE000bbles; fu\u0002rther po\u0007licy, com\u00ADment.',
      rulesOn: [],
    },
    { name: 'a misspelling with a soft hyphen inside is stray-unicode’s while it is on', text: 'The gover\u00ADment said so.' },
  ],
  invalid: [
    {
      name: 'with stray-unicode off, a misspelling with a soft hyphen inside is judged as it reads',
      text: 'The gover\u00ADment said so.',
      rulesOn: [],
      errors: [{ text: 'gover\u00ADment', message: '"goverment" is a misspelling of "government"' }],
      output: 'The government said so.',
    },
    {
      name: 'with stray-unicode off, an astral private-use character inside a misspelling: the whole word is replaced',
      text: 'The gover\u{F0000}ment’s plan.',
      rulesOn: [],
      errors: [{ text: 'gover\u{F0000}ment', message: '"goverment" is a misspelling of "government"' }],
      output: 'The government’s plan.',
    },
  ],
});

describe('typo: options schema', () => {
  it('accepts unknownWords as a boolean and refuses any other type or option name', () => {
    expect(validateConfig({ rules: { typo: ['error', { unknownWords: false }] } }, 'x.json').rules?.typo).toBeDefined();
    expect(() => validateConfig({ rules: { typo: ['error', { unknownWords: 'no' }] } }, 'x.json')).toThrow(
      /"rules\.typo" option "unknownWords"/,
    );
    expect(() => validateConfig({ rules: { typo: ['error', { unknownWord: false }] } }, 'x.json')).toThrow(
      /"rules\.typo" option "unknownWord" is unknown; did you mean "unknownWords"\?/,
    );
  });
});

describe("typo: its memos are the run's, not the module's", () => {
  const typoOnly: ConfiguredRule[] = [{ rule, severity: 'error', options: { ...rule.options } }];
  const check = (text: string, run: RunContext) =>
    lint(createDocument({ text, path: 'a.txt' }), { rules: typoOnly, settings: NO_SETTINGS }, run).map((f) => f.message);

  it('fills the memos of the run it checks in, and a new run starts with empty ones', () => {
    const first = new RunContext();
    const text = 'Officials from Conneticut said the plan was silmutaneously approved.\n';
    const found = check(text, first);
    expect(found.some((m) => m.includes('"Connecticut"'))).toBe(true);
    expect(first.slot(CAPITALISED_CORRECTIONS).size).toBeGreaterThan(0);
    expect(first.slot(CANDIDATE_CORRECTIONS).size).toBeGreaterThan(0);
    const second = new RunContext();
    expect(second.slot(CAPITALISED_CORRECTIONS).size).toBe(0);
    expect(second.slot(CANDIDATE_CORRECTIONS).size).toBe(0);
    // The same findings from a full memo as from an empty one.
    expect(check(text, first)).toEqual(found);
    expect(check(text, second)).toEqual(found);
  });
});

describe('typo: the same findings whatever its memos of token spellings and look-ups already hold', () => {
  const typoOnly: ConfiguredRule[] = [{ rule, severity: 'error', options: { ...rule.options } }];
  const check = (text: string, run: RunContext) =>
    lint(createDocument({ text, path: 'a.txt' }), { rules: typoOnly, settings: NO_SETTINGS }, run).map(
      (f) => `${f.start}-${f.end} ${f.message} ${JSON.stringify(f.suggestions ?? f.fix ?? null)}`,
    );
  // Spellings that recur across the documents, in other cases and places: a name, a clitic, a known
  // misspelling at a sentence's start and inside one, a capitalised slip, a word run together, figures.
  const documents = [
    'Officials from Conneticut said the plan was silmutaneously approved by Texaco Corp in 1987.\n',
    "Texaco's chairman met officials of CONNETICUT. Teh talks went on, and teh company's shares rose 5 pct.\n",
    'The goverment of Conneticut said Texaco would buy the stake. Usingprices of May, the stake is worth 12 mln dlrs.\n',
    'Corp officials said ofconcern was the teh matter.\n\nTexaco Corp, Texaco and TEXACO said the goverment agreed.\n',
  ];

  it('finds in each document what it finds alone, in any order, with cold or warm memos', () => {
    const alone = documents.map((text) => check(text, new RunContext()));
    expect(alone.flat().length).toBeGreaterThan(5);
    const forward = new RunContext();
    expect(documents.map((text) => check(text, forward))).toEqual(alone);
    // The same run again, its memos warm, and a run that meets the documents the other way round.
    expect(documents.map((text) => check(text, forward))).toEqual(alone);
    const backward = new RunContext();
    expect(
      [...documents]
        .reverse()
        .map((text) => check(text, backward))
        .reverse(),
    ).toEqual(alone);
    expect(forward.slot(TOKEN_SPELLINGS).size).toBeGreaterThan(0);
  });
});
