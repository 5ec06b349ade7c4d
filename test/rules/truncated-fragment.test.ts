import { describe } from 'vitest';
import rule from '../../rules/truncated-fragment.js';
import { corpusSuite, corpusText, hasCorpus } from '../helpers/corpus.js';
import { readDump } from '../helpers/dumps.js';
import { ruleTester } from '../rule-tester.js';

const LEAD = 'The two sides agreed to expand cooperation in trade, energy and education over the coming years.';
/** A text whose first line is a body paragraph, so the headline exemption does not apply to the line under test. */
const afterLead = (line: string) => `${LEAD}\n${line}`;

ruleTester(rule, {
  valid: [
    // Terminal punctuation, also before closing quotes and brackets, and the VNA end sign.
    afterLead('He said the State’s support “has steadily declined over the past decade.”'),
    afterLead('(The full text of the joint statement is available on the website of the ministry.)'),
    afterLead('Trade turnover reached 4.1 billion USD last year, up 27.4 percent, statistics showed./.'),
    afterLead('Will the two countries reach the target of 10 billion USD in bilateral trade by 2030?'),
    afterLead('越南和俄罗斯同意加强在能源、贸易和教育领域的合作，双方将在未来几年扩大投资'),
    // The headline: the first line, up to 20 words.
    'Deputy PM Tran Hong Ha meets Russian counterpart Dmitry Chernyshenko in Hanoi\nHanoi (VNA) – The two officials met on January 13.',
    // Captions, bylines, datelines.
    afterLead('Deputy Prime Minister Tran Hong Ha (right) and Russian Deputy Prime Minister Dmitry Chernyshenko at the talks (Photo: VNA)'),
    afterLead('Thủ tướng Phạm Minh Chính phát biểu tại hội nghị tổng kết công tác năm 2024 ở Hà Nội. Ảnh: Dương Giang'),
    afterLead('By Nguyen Van Minh and Tran Thi Lan, Vietnam News Agency correspondents in Moscow'),
    afterLead('HANOI, Jan 13 (VNA) –'),
    // A carriage return a wire system spelt out in caret notation after the full stop (Reuters).
    afterLead('Sales rose 12 pct in the first quarter and are expected to rise again this year.^M'),
    // A line introducing the table under it, without a colon (Reuters).
    afterLead(
      'Average yields on the bills sold at the auction held by the Bank of England include\n3-month      5.95      6.01\n6-month      6.10      6.15',
    ),
    // List items, and a line introducing a list or a quotation.
    afterLead('- Strengthening cooperation in trade, investment, energy and the digital economy between the two sides'),
    afterLead('The ministers agreed on the following measures to strengthen cooperation in the years ahead:\n- trade\n- energy'),
    afterLead('In a statement issued on Monday evening, the ministry of foreign affairs of Vietnam said:\n“We welcome the agreement.”'),
    // Tables and wire stock lines, and the notes under a table.
    afterLead('Net profit 1,234,000 dlrs vs 1,010,000 dlrs in the same period of the previous fiscal year'),
    afterLead('Northern European Price               66.32\nAdjusted world price            53.57'),
    afterLead('Qtly div 12 cts vs 12 cts prior pay April 15'),
    'ACME CORP <ACM> 4TH QTR NET\nShr 20 cts vs 22 cts\nNet 1,948,000 vs 2,124,000\nNOTE: 1986 results include gain on sale of land of 571,000 dlrs, or six cts a share\n1986 results include loss from discontinued operations of 403,000 dlrs, or four cts a share in the quarter\nReuter',
    // All-caps and title-case headings, subheadings, short lines.
    afterLead('THE PRIME MINISTER MEETS BUSINESS LEADERS FROM THE EUROPEAN UNION IN THE CAPITAL HANOI TODAY'),
    afterLead('Vietnam and Russia Agree to Boost Cooperation in Energy, Trade and Education Sectors for the Next Decade'),
    afterLead('Look to Coosa Valley for industrial progress'),
    afterLead('Related news'),
    // A URL or an emoji at the end.
    afterLead('The full report on the results of the talks is available on the ministry’s website at https://moit.gov.vn/report-2024'),
    afterLead('Fans celebrated the victory of the national team across the country all night long with flags and songs 🎉'),
    // Web pages: only body paragraphs are judged (src/text/paragraph-kinds.ts).
    {
      name: 'a Wikipedia-style paragraph ending in citation marks',
      text: afterLead('The bridge was opened to traffic in 1854 and carried the main road until a new crossing was built.[48][49]'),
    },
    {
      name: 'a list without bullets',
      text: afterLead(
        'What the plan includes\nA new ferry service between the two banks of the river\nFree parking for residents near the terminal\nLonger opening hours for the library\nThe council will vote on it next week.',
      ),
    },
    {
      name: 'a recipe',
      text: afterLead(
        'Ingredients\n2 cups of flour sifted twice\n1 teaspoon of fine sea salt\nA pinch of freshly ground black pepper\nMix the flour and the salt in a large bowl, then add the water slowly.',
      ),
    },
    {
      name: 'a caption with its credit glued on',
      text: afterLead(
        'Workers repair a broken water main in Queens on a cold morning in January.CreditJane Doe for The Daily Paper\nThe city has hundreds of breaks a year.',
      ),
    },
    {
      name: 'an embedded tweet',
      text: afterLead(
        'What a night for the city, the new bridge is lit for the first time and everyone is out pic.twitter.com/AbCdEf123\n— Jane Reporter (@janereports) March 5, 2015',
      ),
    },
    {
      name: 'a code block and the line introducing it',
      text: afterLead(
        'First, edit the configuration of the working repository with\n$ hg config --edit --local\nThen push the change to the server.',
      ),
    },
    {
      name: 'a comment glued to its Report button',
      text: afterLead('The best way to hire anybody to do anything is to get a personal recommendation from someone you trust.Report'),
    },
    {
      name: 'dialogue that trails off, and an ellipsis after a whole word',
      text: afterLead(
        '"I was going to tell you, but then the phone rang and I forgot..."\nHe did not want to talk about the money forever. And as for the money…',
      ),
    },
    {
      name: 'photo captions printed without full stops by the page, where nothing is plainly cut',
      text: afterLead(
        'Hori Parata at his farm near the harbour, the place where he was born and grew up\nThe tribe has overseen hundreds of strandings since then.\nThe harbour seen from the hill above the town, with mangroves coming up through the silt\nThe work goes on.',
      ),
    },
    {
      name: "an interview's questions and answers, the questions set as labels without question marks",
      text: afterLead(
        'Q: How the project started\nIt began as a side project in a garage, and it grew from there over five years.\nQ: What comes next for the team\nWe want to open an office abroad next year, probably in Berlin.',
      ),
    },
    {
      name: 'a comment ending in an emoticon, its Report button glued on',
      text: afterLead(
        'If you are asking whether I do assembly work for clients, no I do not. I make and sell plugins that allow others to build their own pages though :)Report\nThe work goes on.',
      ),
    },
    {
      name: 'a dash before the quotation the next paragraph opens',
      text: afterLead(
        'I threw open the folding-doors near by, and turning upon them both, exclaimed in an excited manner--\n"He says he will not do it. What do you think of that?"',
      ),
    },
    {
      name: "a print note with the site's links glued on",
      text: afterLead(
        'A version of this article appears in print on Page A22 of the New York edition with the headline: A Battle Against Winter. Order Reprints | Today’s Paper | Subscribe',
      ),
    },
    {
      // Web pages (scraped/webmd-1): a box's blurb with the next box's name glued on.
      name: "a sentence with the next box's name glued on",
      text: afterLead('Connect with people like you, and get expert guidance on living a healthy life. Health Answers'),
    },
    {
      name: 'a status list whose items open on a lower-case user name, each without a full stop',
      text: afterLead(
        [
          'bigiri has a patch to move the shared data map off of the old file library',
          'florian’s team has landed some great documentation for the new marker API',
          'florian has some new visualization variations up for the hang dashboard',
          'mconley fixed a shutdown hang caused by the startup cache',
        ].join('\n'),
      ),
    },
    {
      name: "the page's headline after its section links, before any sentence of prose",
      text: 'Business\nRetail\nAlaskan halibut, caught by a century-old Seattle boat, provides a glimpse of a grocer’s new strategy\nFrom the deck of his schooner, the skipper sees more than most of what is happening in the trade.',
    },
    {
      name: "captions credited after a slash or a bar, and an editor's figure note in brackets",
      text: afterLead(
        [
          'Whole Foods touted a price cut on halibut as part of an announcement about lower prices. (Ellen M. Banner / The Seattle Times)',
          'Cristina Gil Lladanosa, at the Barcelona testing lab | photo by Joan Bardeletti',
          '[figure 9: Bob’s repository with two heads for the two divergent changesets, both successors of an obsolete one]',
        ].join('\n'),
      ),
    },
    {
      name: 'an action in asterisks after the full stop',
      text: afterLead('But it can only play a small number of video formats, so it is mostly useless. *plonk*'),
    },
    {
      name: 'a whole word before a link arrow',
      text: afterLead('William Patton: While this is a good thing for end users I wonder »'),
    },
    {
      name: 'speech broken off with a dash inside its closing quote',
      text: afterLead(
        '“It’s all right,” Alden said slowly. “Do you mind if we send text messages instead? Or talk in the morning? My mouth—”',
      ),
    },
    {
      name: 'a narrator trailing off after "it", which ends a sentence as an object',
      text: afterLead('A little would be set aside in his emergency fund.\nBut all the rest of it…'),
    },
    {
      name: 'a list of titles on one line, after its label',
      text: afterLead(
        'Honorable mentions: Marjorie Prime, Phantom Thread, Casting JonBenet, The Post, The Shape of Water, Logan Lucky, In Transit, The Reagan Show',
      ),
    },
  ],
  invalid: [
    {
      name: 'teasers cut mid-word before their link arrow, in a list of them',
      text: afterLead(
        [
          'Recent Comments',
          'Marion: Thanks for the feedback! »',
          'Tazz: Just started using it, for too long I have been gett »',
          'kenny: really like the force profile photo plu »',
          'Try the News app on Firefox »',
        ].join('\n'),
      ),
      errors: [
        { line: 4, text: 'gett »', message: 'link arrow' },
        { line: 5, text: 'plu »', message: 'link arrow' },
      ],
    },
    {
      name: 'before the prose, a line cut mid-sentence is still cut',
      text: 'Business\nRetail\nThe council said the crews would work through the night on the beach near the harbour, and\nThe work goes on and on for the crews, the council said on Monday.',
      errors: [{ line: 3, text: 'and', message: 'mid-sentence' }],
    },
    {
      name: 'a sentence cut after its first words is still cut, unless they are all capitalised',
      text: afterLead('Finally, the ability to mix math and text in a paragraph is also important. This expression'),
      errors: [{ line: 2, text: 'expression', message: 'without a full stop' }],
    },
    {
      name: 'unpunctuated lines on a page where another line is plainly cut are all reported',
      text: afterLead(
        'Hori Parata at his farm near the harbour, the place where he was born and grew up\nThe tribe has overseen hundreds of strandings since then.\nThe harbour seen from the hill above the town, with mangroves coming up through the silt\nThe work goes on.\nThe council said the crews would work through the night on the beach, and\nThe work goes on.',
      ),
      errors: [
        { line: 2, text: 'up', message: 'without a full stop' },
        { line: 4, text: 'silt', message: 'without a full stop' },
        { line: 6, text: 'and', message: 'mid-sentence' },
      ],
    },
    {
      name: 'a cut paragraph above a numbered line of prose is no table introduction (Brown, injected)',
      text: afterLead(
        'According to The Chicago Tribune News Service, State Atty. Gen. Stanley Mosk of\nDoes it assail schools and churches with blanket accusations? 2.',
      ),
      errors: [{ line: 2, text: 'of', message: 'mid-sentence' }],
    },
    {
      name: 'a short sentence ending in a date is prose, not a row ending in a figure (Reuters)',
      text: afterLead('The company said it will hold its annual meeting of shareholders in New York on June 16'),
      errors: [{ line: 2, text: '16', message: 'without a full stop' }],
    },
    {
      name: 'the seed line on its own',
      text: afterLead('“Over the past decade, as autonomy has increased, the State’s support has steadily declined”, he noted'),
      errors: [{ line: 2, text: 'noted' }],
    },
    {
      name: 'a broken line wrap: the next paragraph starts in lower case',
      text: afterLead('The two sides signed an agreement on cooperation in the fields of\nenergy, trade and education.'),
      errors: [{ line: 2, text: 'of', message: 'broken line wrap', suggestions: [' '] }],
    },
    {
      name: 'a comma at the end: cut mid-sentence',
      text: afterLead('Citicorp denied financial market rumors that it has written off some of its loans to Latin American debtors,'),
      errors: [{ line: 2, text: 'debtors,', message: 'mid-sentence' }],
    },
    {
      name: 'a short line cut mid-sentence is not taken for a heading',
      text: afterLead('The delegation visited Hanoi, Da Nang and Hai Phong,'),
      errors: [{ line: 2, text: 'Phong,' }],
    },
    {
      name: "the wire's MORE line",
      text: afterLead('GM sold 1,500 North American-made vehicles in the 1986 model year. More'),
      errors: [{ line: 2, text: 'More', message: 'MORE' }],
    },
    {
      name: 'a line ending in a colon with nothing after it',
      text: afterLead('The minister listed the following priorities for the coming year of cooperation between them:'),
      errors: [{ line: 2, text: 'them:', message: 'nothing follows' }],
    },
    {
      name: 'a title-case line that ends on "of" is a cut sentence, not a heading',
      text: afterLead('According to The Chicago Tribune News Service, State Atty. Gen. Stanley Mosk of\nThe next paragraph starts here.'),
      errors: [{ line: 2, text: 'of', message: 'mid-sentence' }],
    },
    {
      name: 'CRLF line endings',
      text: 'Headline of the story\r\nThe ministry said the plan would be carried out over the next five years, he noted\r\nNext paragraph here.\r\n',
      errors: [{ line: 2, column: 78, endColumn: 83, text: 'noted' }],
    },
    {
      name: 'columns after an astral character count UTF-16 units',
      text: afterLead('Deputy PM Dmitry Nikolayevich𝓀 Chernyshenko said the two sides would meet again next year, he noted'),
      errors: [{ line: 2, column: 96, endColumn: 101, text: 'noted' }],
    },
    {
      name: 'a teaser cut mid-word with an ellipsis',
      text: afterLead('A baby humpback whale was found trapped in vi...\nThe rescue took all day.'),
      errors: [{ line: 2, text: 'vi...', message: 'ellipsis' }],
    },
    {
      name: 'a product teaser cut mid-word',
      text: afterLead('The new headphones come with a long battery life, a carrying case and Active Noise Cancellat...'),
      errors: [{ line: 2, text: 'Cancellat...', message: 'ellipsis' }],
    },
    {
      name: 'a paywall cut after a word that cannot end a sentence',
      text: afterLead('The council said the bridge would stay closed until the engineers had finished their work. All...'),
      errors: [{ line: 2, text: 'All...', message: 'ellipsis' }],
    },
    {
      name: 'a label and a colon opening a cut paragraph do not make it a headline (Brown, injected)',
      text: afterLead('The result: $1.1 billion added to the deficit in the federal budget. Perhaps, as Mr. Freeman'),
      errors: [{ line: 2, text: 'Freeman' }],
    },
    {
      name: 'a paragraph cut on a comma above bulleted items is not one of them (Reuters)',
      text: afterLead(
        "Officials blame their difficulties on the plan's two basic assumptions which, they said, failed to materialise last year,\n- a world economic recovery\n- higher prices for copper",
      ),
      errors: [{ line: 2, text: 'year,', message: 'mid-sentence' }],
    },
    {
      name: 'a paragraph that lost its full stop between two paragraphs is still reported',
      text: afterLead(
        'The mayor said the vote was a victory for the people of the whole city and its suburbs\nThe work will begin next week.',
      ),
      errors: [{ line: 2, text: 'suburbs' }],
    },
    {
      name: 'a wrapped paragraph in a blank-line dump',
      text: `${LEAD}\n\nThe plant no longer fits the company's long-term\nstrategy, Du Pont said\n\nReuter\n`,
      errors: [{ line: 4, column: 19, text: 'said' }],
    },
  ],
});

describe('truncated-fragment on our test dumps', () => {
  ruleTester(rule, {
    valid: [{ text: readDump('harvest-fair.txt'), name: 'test dump harvest-fair.txt: caption, ./. and teasers' }],
    invalid: [
      {
        name: 'test dump delegation-visit.txt line 6, and no other line',
        text: readDump('delegation-visit.txt'),
        errors: [{ line: 6, column: 86, text: 'the', message: 'mid-sentence' }],
      },
    ],
  });
});

describe.skipIf(!hasCorpus)(corpusSuite('truncated-fragment on the seed dumps'), () => {
  ruleTester(rule, {
    valid: [{ text: corpusText('seeds/vna-hai-phong-mexico.txt'), name: 'seed vna-hai-phong-mexico.txt: caption, ./. and teasers' }],
    invalid: [
      {
        name: 'seed vna-vietnam-russia.txt line 25, and no other line',
        text: corpusText('seeds/vna-vietnam-russia.txt'),
        errors: [{ line: 25, column: 284, text: 'noted', message: 'without a full stop', suggestions: ['.'] }],
      },
    ],
  });
});
