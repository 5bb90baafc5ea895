/**
 * The custom Tiled types Westgate reads: the names and value types the loader relies on. Their default
 * values live in the Tiled project file (maps/westgate.tiled-project), which designers may tune; the
 * loader checks that the project still declares every member below with the same type.
 */
import type { LevelMusic } from './level-data.ts';

export const GAME_ENUMS = {
  Facing: ['up', 'down', 'left', 'right'],
  NpcRole: ['inmate', 'doctor', 'attorney', 'trusty', 'officer'],
  ZoneKind: ['restricted', 'alibi', 'incident', 'rollcall', 'area'],
  Surface: ['stone', 'metal', 'wood', 'wet', 'mud'],
  /** a level's music: the generated tracks (assets/audio/music-*), or none (rain and effects only) */
  Music: ['cell', 'break', 'title', 'none'],
} as const satisfies Record<string, readonly string[]> & { Music: readonly LevelMusic[] };
export type GameEnum = keyof typeof GAME_ENUMS;

export type BasicType = 'string' | 'int' | 'float' | 'bool' | 'color' | 'file' | 'object';
/** A member's type: a Tiled basic type or the name of one of GAME_ENUMS. */
export type MemberType = BasicType | GameEnum;

export const OBJECT_CLASSES = {
  spawn: { facing: 'Facing' },
  exit: { to: 'string', requires: 'string', lockedText: 'string' },
  guard: {
    route: 'object',
    facing: 'Facing',
    visionRange: 'int',
    visionAngle: 'int',
    speed: 'int',
    credibility: 'int',
    minAlert: 'int',
    unless: 'string',
    warning: 'string',
    familiarAfter: 'int',
    onlyIf: 'string',
  },
  patrol: { loop: 'bool', waits: 'string' },
  npc: {
    key: 'string',
    role: 'NpcRole',
    facing: 'Facing',
    dialogue: 'string',
    r17: 'bool',
    credibility: 'int',
  },
  door: { locked: 'bool', key: 'string', lockAt: 'int' },
  zone: { kind: 'ZoneKind', label: 'string', allowedWith: 'string', waveThrough: 'bool' },
  lamp: { radius: 'int', intensity: 'int', flicker: 'bool' },
  trigger: { beat: 'string', caption: 'string', speaker: 'string', dialogue: 'string', requires: 'string' },
  dialogue: { text: 'string', sets: 'string', requires: 'string', fallback: 'string', flashback: 'bool' },
  searchlight: {
    range: 'int',
    from: 'int',
    to: 'int',
    period: 'int',
    phase: 'int',
    width: 'int',
  },
  crowd: { count: 'int', requires: 'string', speed: 'int' },
  prop: { requires: 'string', sets: 'string', text: 'string', lockedText: 'string' },
  incident: {
    who: 'string',
    zone: 'string',
    window: 'string',
    setup: 'string',
    sets: 'string',
    caption: 'string',
    missedText: 'string',
  },
  lever: { bridge: 'object', requires: 'string' },
  bridge: { hinge: 'Facing' },
  stairs: { target: 'object', facing: 'Facing', caption: 'string' },
  ally: {
    key: 'string',
    route: 'object',
    facing: 'Facing',
    startTick: 'int',
    drawRange: 'int',
    drawEvery: 'int',
  },
} as const satisfies Record<string, Record<string, MemberType>>;
export type ObjectClass = keyof typeof OBJECT_CLASSES;

export const MAP_CLASSES = {
  level: {
    levelId: 'string',
    title: 'string',
    startTime: 'string',
    rain: 'bool',
    music: 'Music',
    objectives: 'string',
    schedule: 'string',
    startFlags: 'string',
    startVariants: 'string',
  },
} as const satisfies Record<string, Record<string, MemberType>>;

export const TILE_CLASSES = {
  tile: { solid: 'bool', opaque: 'bool', surface: 'Surface' },
} as const satisfies Record<string, Record<string, MemberType>>;

/** Every class the game declares, by name. */
export const GAME_CLASSES: Record<string, Record<string, MemberType>> = {
  ...OBJECT_CLASSES,
  ...MAP_CLASSES,
  ...TILE_CLASSES,
};

export function isGameEnum(type: string): type is GameEnum {
  return Object.hasOwn(GAME_ENUMS, type);
}

export function isObjectClass(name: string): name is ObjectClass {
  return Object.hasOwn(OBJECT_CLASSES, name);
}
