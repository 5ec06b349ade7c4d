import rule from '../../rules/residue.js';
import { ruleTester } from '../rule-tester.js';

// Our own sentences.
const P1 = 'The city council voted on Tuesday to close the old harbour bridge to trucks after engineers found cracks in two of its piers.';
const P2 = 'Repairs are expected to take at least eight months, and a ferry will carry freight across the river in the meantime.';
const P3 = 'Local businesses said the detour would add an hour to every delivery, and asked the council for help with the extra costs.';

ruleTester(rule, {
  valid: [
    { name: 'a lone title-case subheading between paragraphs', text: `${P1}\nWhat the Engineers Found in the Piers\n${P2}` },
    {
      name: 'related headlines after the article, outside its body',
      text: `${P1}\n${P2}\nMore Stories\nCity Opens New Ferry Terminal on the East Bank\nMayor Promises Faster Repairs After Bridge Closure`,
    },
    {
      name: 'a menu before the article',
      text: `Home\nNews\nSport\nWeather Forecast for the Week Ahead\nLocal Elections Results Map\n${P1}\n${P2}`,
    },
    {
      name: 'a sentence that mentions related coverage',
      text: `${P1}\nRelated coverage of the bridge closure has appeared in the paper every day this week, the editor said.\n${P2}`,
    },
    { name: 'short labels are no headlines', text: `${P1}\nTop Stories\nMost Read\n${P2}` },
    // Words are the text layer's (doc.words): a dash or a bullet between words is no word of a headline.
    { name: 'short labels with dashes are no headlines', text: `${P1}\nCity – Harbour News\nSport • Local Results\n${P2}` },
  ],
  invalid: [
    {
      name: 'a Related: link line between two paragraphs (CNN-style)',
      text: `${P1}\nRelated: Harbour towns are paying more for freight than they used to\n${P2}`,
      errors: [
        { line: 2, text: 'Related: Harbour towns are paying more for freight than they used to', message: 'related-story headline' },
      ],
    },
    {
      name: 'a bracketed read link (Washington Post-style)',
      text: `${P1}\n[Read: Why the old bridge was never strengthened, despite warnings]\n${P2}`,
      errors: [{ line: 2 }],
    },
    {
      name: 'a run of related headlines in title case, one cut with an ellipsis',
      text: `${P1}\n${P2}\nPizza Man Makes Special Delivery to the Ferry Crew\nRedesigned Trucks Fail to Stop Bridge Damage\nPeople in the Harbour Town Are Letting Their Loved Ones Know They...\n${P3}`,
      errors: [{ line: 3 }, { line: 4 }, { line: 5 }],
    },
  ],
});
