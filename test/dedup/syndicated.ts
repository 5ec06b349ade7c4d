// A small dump with syndicated copies, written for these tests: one wire story run by several
// outlets (its own dateline, a photo caption glued in front, curly quotes), an updated version with
// one paragraph added, a refetch under another name, and unrelated stories.

export const STORY_BODY = [
  'An exhibition highlighting national development achievements opened in the northern port city on Tuesday, drawing thousands of visitors from across the region.',
  'The display features more than 300 photographs and documents tracing the growth of industry, trade and infrastructure over the past five decades of reconstruction.',
  'Organisers said the event aims to inspire young people to contribute to building the city into a modern hub for logistics, shipbuilding and tourism by 2030.',
  'Visitors can also explore models of the new deep-water port, the coastal highway and the international airport terminal that opened to traffic last year.',
  'The exhibition runs until the end of the month and admission is free for students, veterans and senior citizens, the municipal culture department said.',
];

export const UPDATE_PARAGRAPH = 'By Wednesday evening more than twelve thousand people had visited, the department said.';

export const OTHER_STORIES = [
  [
    'Rice exporters in the Mekong Delta reported strong orders from Southeast Asian buyers in the first quarter, lifting prices to their highest level in three years.',
    'Traders said demand from the Philippines and Indonesia remained firm while shipments to African markets slowed because of freight costs and currency swings.',
    'Farmers have been urged to switch to high-quality fragrant varieties that fetch better prices abroad and need less water during the dry season.',
  ],
  [
    'The national football team beat its regional rivals two goals to nil in a friendly match played in heavy rain at the capital stadium on Sunday night.',
    'The coach praised the young midfielders for their discipline and said the squad would travel to the training camp in Korea next week ahead of the qualifiers.',
    'Tickets for the qualifying match sold out within hours, and the federation promised to add screens in public squares for fans who could not get a seat.',
  ],
];

export function wireCopy(dateline: string, options: { caption?: string; quotes?: 'curly'; upper?: boolean } = {}): string {
  let body = STORY_BODY.slice();
  if (options.quotes === 'curly') body = body.map((p) => p.replace(/'/g, '’'));
  if (options.upper) body = body.map((p) => p.toUpperCase());
  const lead = `${options.caption ?? ''}${dateline}${body[0]}`;
  return [lead, ...body.slice(1)].join('\n') + '\n';
}

/** The dump: file name → text. */
export function syndicatedDump(): Record<string, string> {
  return {
    'a-vna.txt': wireCopy('Hai Phong (VNA) – '),
    'b-outlet.txt': wireCopy('HAI PHONG, March 3 (VNA) - ', { caption: 'Visitors at the opening ceremony (Photo: VNA)' }),
    'c-refetch.txt': wireCopy('Hai Phong (VNA) – ', { quotes: 'curly' }),
    'd-updated.txt': wireCopy('Hai Phong (VNA) – ') + UPDATE_PARAGRAPH + '\n',
    'e-rice.txt': OTHER_STORIES[0].join('\n') + '\n',
    'f-football.txt': OTHER_STORIES[1].join('\n') + '\n',
  };
}
