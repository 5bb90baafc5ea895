/**
 * The words of the endings and the campaign summary: typewriter captions, chosen from the game state.
 * Pure (no Phaser), so the summary is tested in Node.
 */
import { MINUTES_PER_DAY } from '../state/clock';
import { alibiVerdict } from '../state/ending';
import { formatTime } from './time';

export interface EndingCard {
  /** a place line over the caption ('' for none) */
  head: string;
  lines: string[];
}

/** The men of R17 as the cell block introduces them. */
const NAMES: Record<string, string> = {
  soldier: 'Soldier',
  spencer: 'Spencer',
  lister: 'Tom Lister',
  coy: 'Kid Coy',
  louie: 'Louie',
};

export function manName(key: string): string {
  return NAMES[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
}

/** Stands for the prison time the bridge came down, in the first card's head. */
const TOWER_HEAD = 'THE TOWER, {time}';

/** '6:02 A.M.': the prison clock as a caption writes it. */
export function captionTime(minute: number): string {
  const m = ((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const h = Math.floor(m / 60);
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m % 60).padStart(2, '0')} ${h < 12 ? 'A.M.' : 'P.M.'}`;
}

const SOURCE: EndingCard[] = [
  {
    head: TOWER_HEAD,
    lines: ['The chains run out.', 'The bridge lies down across the black water.'],
  },
  {
    head: '',
    lines: [
      'Searchlights swing off the wall and settle on the tower.',
      'Whistles. Boots on the iron stair. Too many, too soon.',
    ],
  },
  { head: '', lines: ['Somebody in R17 talked.', 'Munsey knew the hour, and he knew the stair.'] },
  {
    head: '',
    lines: [
      'The way out is open, and Joe does not take it.',
      'Below him the yard burns itself out in the rain.',
    ],
  },
];

const DAWN: EndingCard[] = [
  {
    head: TOWER_HEAD,
    lines: ['The chains run out.', 'The bridge lies down across the black water.'],
  },
  {
    head: '',
    lines: [
      'Nobody comes up the stair.',
      'Munsey is at the wrong gate, waiting on a plan that was never theirs.',
    ],
  },
  {
    head: '',
    lines: ['Joe and Gallagher cross as the rain thins.', 'Behind them the tower lamp burns for no one.'],
  },
  {
    head: 'ST. AGNES HOSPITAL',
    lines: ['Room twelve. A chair pulled close to the bed.', 'Ruth opens her eyes, and he is there.'],
  },
];

/** The captions of an ending, in order; `minute` is the prison time the bridge came down. */
export function endingCards(ending: 'source' | 'dawn', minute: number): EndingCard[] {
  const time = captionTime(minute);
  return (ending === 'dawn' ? DAWN : SOURCE).map((c) => ({ ...c, head: c.head.replace('{time}', time) }));
}

interface SummaryState {
  hasFlag(flag: string): boolean;
  readonly suspicion: number;
  readonly informer: string;
}

/** The campaign summary after an ending: time, the alibi's verdict, the heat, the informer. */
export function summaryLines(s: SummaryState, ticks: number, ending: 'source' | 'dawn'): string[] {
  const verdict = alibiVerdict(s);
  const alibi = verdict === 'none' ? 'never judged' : verdict;
  const who = manName(s.informer);
  const informer = s.hasFlag('informer-unmasked') ? `${who}, unmasked` : `${who}, never named`;
  return [
    `Time ${formatTime(ticks)}`,
    `The alibi: ${alibi}`,
    `Heat ${s.suspicion} / 100`,
    `The informer: ${informer}`,
    ending === 'dawn' ? 'Beyond the source: first light' : "The source's ending: the bridge, not the road",
  ];
}

export const CREDITS: string[] = [
  'WESTGATE',
  'after a 1947 prison film noir',
  'design, code, maps, art and sound: the Westgate crew',
  'thank you for playing',
];
