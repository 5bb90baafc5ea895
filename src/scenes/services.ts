import type { LoadedMap } from '../maps';
import type { SpeedrunServices } from './run-context';

/**
 * What every scene shares, passed explicitly in scene data (never through the registry or a global):
 * the loaded maps. The game state travels inside each level's start data.
 */
export interface Services {
  maps: Map<string, LoadedMap>;
  /** ?level=ID from the page URL, when given */
  startLevel: string | null;
  /** records and the LiveSplit link, made on first use */
  speedrun?: SpeedrunServices;
}
