/**
 * How the break ends, from the game state alone (STORY.md, Endings). The bridge coming down ends the
 * tower level; what the state says about the run before it decides whether Joe crosses.
 */
/** 'source': the bridge comes down, the break went too badly to cross. 'dawn': they cross at first light. */
export type Ending = 'source' | 'dawn' | 'caught';

export const ENDING_FLAGS = { source: 'ending-source', dawn: 'ending-dawn' } as const;

interface Flags {
  hasFlag(flag: string): boolean;
}

/** "Alibi held": Munsey's inquiry judged it solid or shaky, and never broken. */
export function alibiHeld(s: Flags): boolean {
  return (s.hasFlag('alibi-solid') || s.hasFlag('alibi-shaky')) && !s.hasFlag('alibi-broken');
}

/** The alibi's verdict as the summary names it. */
export function alibiVerdict(s: Flags): 'solid' | 'shaky' | 'broken' | 'none' {
  if (s.hasFlag('alibi-broken')) return 'broken';
  if (s.hasFlag('alibi-solid')) return 'solid';
  if (s.hasFlag('alibi-shaky')) return 'shaky';
  return 'none';
}

/** The ending of a level that ended with `outcome`: caught is solitary; a bridge down is dawn or the source's. */
export function chooseEnding(outcome: 'complete' | 'caught', s: Flags): Ending {
  if (outcome === 'caught') return 'caught';
  return s.hasFlag('informer-unmasked') && alibiHeld(s) ? 'dawn' : 'source';
}

/** The ending the state records (flag ending-dawn or ending-source), or null before the bridge is down. */
export function recordedEnding(s: Flags): 'dawn' | 'source' | null {
  if (s.hasFlag(ENDING_FLAGS.dawn)) return 'dawn';
  if (s.hasFlag(ENDING_FLAGS.source)) return 'source';
  return null;
}
