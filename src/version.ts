/**
 * The game version written into replays and saves. Bump it whenever a change alters what the
 * simulation does with the same inputs: old replays are then refused instead of verifying wrongly.
 */
export const GAME_VERSION = '0.2.0';
