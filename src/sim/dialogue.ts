import type { DialogueData, DialogueLine, LevelData } from '../maps/level-data';
import type { GameState } from '../state/game-state';
import { accuse, meetsAll, setStoryFlag } from '../state/informer';

/** The dialogue being played: which one and which line is on screen. */
export interface DialogueState {
  id: string;
  line: number;
}

/**
 * The dialogue that plays for an id: itself when its required flags are set, else its fallback
 * (followed at most a few times, so a cycle of fallbacks in a map cannot hang the game).
 */
export function resolveDialogue(level: LevelData, state: GameState, id: string): DialogueData | null {
  let d = level.dialogues[id];
  for (let hops = 0; d && hops < 8; hops++) {
    if (meetsAll(state, d.requires)) return d;
    d = d.fallback ? level.dialogues[d.fallback] : undefined;
  }
  return null;
}

export function currentLine(level: LevelData, ds: DialogueState): DialogueLine | undefined {
  return level.dialogues[ds.id]?.lines[ds.line];
}

/**
 * What a finished (or skipped) dialogue changes: its `sets` entries are story flags, except
 * "clue:NAME" (a clue Joe now holds), "crew:NAME" (a man who joins the break) and "accuse:NAME"
 * (Joe names him as the informer: once only, see state/informer.ts).
 */
export function applyDialogueEnd(d: DialogueData, state: GameState): void {
  applySets(d.sets, state);
}

/**
 * Writes `sets` items into the game state: story flags, "clue:NAME", "crew:NAME" and "drink:KEY"
 * (that witness has been drinking: his word counts half; ignored if he does not testify here).
 */
export function applySets(items: readonly string[], state: GameState): void {
  for (const s of items) {
    if (s.startsWith('clue:')) state.addClue(s.slice(5));
    else if (s.startsWith('drink:')) {
      const id = s.slice(6);
      if (state.witnesses.some((w) => w.id === id)) state.setDrinking(id, true);
    } else if (s.startsWith('crew:')) state.joinCrew(s.slice(5));
    else if (s.startsWith('accuse:')) accuse(state, s.slice(7));
    else setStoryFlag(state, s);
  }
}
