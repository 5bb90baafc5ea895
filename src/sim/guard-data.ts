import type { GuardData } from '../maps/level-data';

/**
 * Every field of GuardData, in one order. Maps give guards only the optional fields they set, so
 * their objects come in several shapes, and the guards' loop (run for every guard every tick) then
 * reads them slowly; copied over this, they all share one.
 */
const BLANK: GuardData = {
  id: 0,
  name: '',
  x: 0,
  y: 0,
  facing: 'down',
  route: 0,
  visionRange: 0,
  visionAngle: 0,
  speed: 0,
  credibility: 0,
  minAlert: undefined,
  unless: undefined,
  warning: undefined,
  familiarAfter: undefined,
  onlyIf: undefined,
};

/** The guard's data in the shape every guard shares: the same values, absent fields undefined. */
export function uniformGuard(data: GuardData): GuardData {
  return { ...BLANK, ...data };
}

/** Each map's guards in that shape, made once per map: every attempt at a level starts a new sim. */
const uniform = new WeakMap<readonly GuardData[], GuardData[]>();

/** The map's guards through uniformGuard, the same array for every sim of that map: read-only. */
export function uniformGuards(guards: readonly GuardData[]): GuardData[] {
  let out = uniform.get(guards);
  if (!out) {
    out = guards.map(uniformGuard);
    uniform.set(guards, out);
  }
  return out;
}
