/**
 * The informer case: who the clues point at, the red herring, Joe's accusation, and what the informer
 * does with the plan. Pure rules over the game state; the yard's map supplies the words.
 *
 * Clue names follow one convention: a clue about a man of R17 starts with his key and a dash
 * (`lister-munsey`, `coy-slip`). The case against a man is how many of those Joe holds.
 */
import type { GameState } from './game-state';
import type { GameStateView } from './state-view';

/** Clues about one man Joe needs before he may name him. */
export const CASE_CLUES = 2;

/** Flags of the campaign contract (see the brief's flags.md). */
export const FLAG_UNMASKED = 'informer-unmasked';
export const FLAG_FALSE_PLAN = 'false-plan';
export const FLAG_PLAN_FIXED = 'plan-fixed';
export const FLAG_RIOT = 'riot';
/** Joe has named someone (right or wrong): there is one chance. */
export const FLAG_ACCUSED = 'accused';
/** Joe named an innocent man. */
export const FLAG_ACCUSED_WRONG = 'accused-wrong';

/**
 * The innocent man whose manner looks like guilt this run (a red herring in the yard): one of the
 * other four, chosen by the seed. A pure function of the seed and the informer, so it is stable for a
 * run and costs no draw from the generator.
 */
export function decoyOf(seed: number, informer: string, r17: readonly string[]): string {
  const others = r17.filter((k) => k !== informer);
  return others[(seed >>> 0) % others.length] ?? informer;
}

/** How many clues Joe holds about `who` (clues named `who-...`). */
export function caseAgainst(clues: readonly string[], who: string): number {
  const prefix = `${who}-`;
  let n = 0;
  for (const c of clues) if (c.startsWith(prefix)) n++;
  return n;
}

/** The R17 men Joe could name now: CASE_CLUES clues or more about each, in roster order. */
export function suspects(state: GameStateView): string[] {
  return state.r17.filter((k) => caseAgainst(state.clues, k) >= CASE_CLUES);
}

/**
 * One item of a `requires` list: `FLAG` (set), `clue:X` (Joe holds clue X), `informer:X` (X informs
 * this run), `decoy:X` (X is this run's red herring), `case:X` (Joe holds enough clues to name X);
 * a leading `!` negates any of them.
 */
export function meets(state: GameStateView, item: string): boolean {
  if (item.startsWith('!')) return !meets(state, item.slice(1));
  const colon = item.indexOf(':');
  if (colon < 0) return state.flags.includes(item);
  const kind = item.slice(0, colon);
  const id = item.slice(colon + 1);
  switch (kind) {
    case 'clue':
      return state.clues.includes(id);
    case 'informer':
      return state.informer === id;
    case 'decoy':
      return decoyOf(state.seed, state.informer, state.r17) === id;
    case 'case':
      return caseAgainst(state.clues, id) >= CASE_CLUES;
    default:
      return false;
  }
}

/** True when every item of `requires` is met. */
export function meetsAll(state: GameStateView, requires: readonly string[]): boolean {
  for (const item of requires) if (!meets(state, item)) return false;
  return true;
}

/**
 * Joe names `who` as the informer. Once only: the right man unmasks him; a wrong one gets back to
 * Munsey through the real informer (an informer's report) and the chance is spent.
 * Returns whether he was right, or null when Joe had already named someone.
 */
export function accuse(state: GameState, who: string): boolean | null {
  if (state.hasFlag(FLAG_ACCUSED)) return null;
  state.setFlag(FLAG_ACCUSED);
  if (who === state.informer) {
    state.setFlag(FLAG_UNMASKED);
    return true;
  }
  state.setFlag(FLAG_ACCUSED_WRONG);
  state.raise('informer-report');
  return false;
}

/**
 * The plan is fixed: an informer Joe has not unmasked carries it to Munsey, who then expects the
 * break (an informer's report, and the prison watchful at least at alert 2). An unmasked one is
 * kept in the dark (alert 1: the yard is restless all the same).
 */
export function planFixed(state: GameState): void {
  if (state.hasFlag(FLAG_UNMASKED)) {
    state.raiseAlertFloor(1);
    return;
  }
  state.raise('informer-report');
  state.raiseAlertFloor(2);
}

/** The yard explodes: the prison is watchful (alert 1) at least. */
export function riotStarted(state: GameState): void {
  state.raiseAlertFloor(1);
}

/** What a story flag, newly set, does beyond itself. */
export function afterFlag(state: GameState, flag: string): void {
  if (flag === FLAG_PLAN_FIXED) planFixed(state);
  else if (flag === FLAG_RIOT) riotStarted(state);
}

/** Sets a story flag and, if it is new, applies what it does beyond itself. */
export function setStoryFlag(state: GameState, flag: string): boolean {
  const added = state.setFlag(flag);
  if (added) afterFlag(state, flag);
  return added;
}
