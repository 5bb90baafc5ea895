/**
 * LevelData: what the simulation runs, resolved from a Tiled map. Plain data, JSON-safe.
 * Units: positions and rectangles in pixels of the map (16 px per tile) unless a name says tiles.
 */

export type Facing = 'up' | 'down' | 'left' | 'right';

/** Bits of LevelData.cells. */
export const CELL_SOLID = 1;
export const CELL_OPAQUE = 2;

export type Surface = 'stone' | 'metal' | 'wood' | 'wet' | 'mud';
/** A level's music (enum Music in the Tiled project): a generated track, or none. */
export type LevelMusic = 'cell' | 'break' | 'title' | 'none';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface SpawnData {
  x: number;
  y: number;
  facing: Facing;
}

export interface ExitData {
  id: number;
  name: string;
  rect: Rect;
  /** level id this exit leads to, e.g. "machine-shop" */
  to: string;
  /** story flags that must be set before the exit opens */
  requires: string[];
  /** caption shown while the exit is still shut */
  lockedText: string;
}

export interface PatrolData {
  id: number;
  name: string;
  /** pixel points, in walking order */
  points: Point[];
  /** true: after the last point walk back to the first; false: walk the route back and forth */
  loop: boolean;
  /** ticks to wait at each point (same length as points; 0 = no wait) */
  waits: number[];
}

export interface GuardData {
  id: number;
  name: string;
  x: number;
  y: number;
  facing: Facing;
  /** patrol object id, or 0 for a guard who stands his post */
  route: number;
  /** tiles */
  visionRange: number;
  /** full cone angle, degrees (integer) */
  visionAngle: number;
  /** sub-pixels per tick */
  speed: number;
  credibility: number;
  /** present only at this prison alert level or above (0-3); absent = 0 */
  minAlert?: number;
  /** absent while any of these story flags is set (e.g. Munsey sent him elsewhere); absent = none */
  unless?: string[];
  /** armed (the tower): a caption he calls out before he fires; absent = an ordinary screw who grabs */
  warning?: string;
  /**
   * ticks of seeing Joe go about his business after which the guard knows his face: in zones marked
   * `waveThrough` he then lets Joe by. Absent = never.
   */
  familiarAfter?: number;
  /** present only while every one of these story flags is set; absent = always */
  onlyIf?: string[];
}

export interface NpcData {
  id: number;
  name: string;
  /** stable key used by the game state (witness ids, crew, informer): e.g. "doctor", "spencer" */
  key: string;
  role: 'inmate' | 'doctor' | 'attorney' | 'trusty' | 'officer';
  x: number;
  y: number;
  facing: Facing;
  /** dialogue id (a dialogue object's name), "" for none */
  dialogue: string;
  r17: boolean;
  /** 0-100; 0 = does not testify */
  credibility: number;
}

export interface DoorData {
  id: number;
  name: string;
  /** tile coordinates */
  tx: number;
  ty: number;
  locked: boolean;
  /** story flag that unlocks it, "" for none */
  key: string;
  /** the door shuts and locks at this prison alert level or above (1-3); absent = never */
  lockAt?: number;
}

export type ZoneKind = 'restricted' | 'alibi' | 'incident' | 'rollcall' | 'area';

export interface ZoneData {
  id: number;
  name: string;
  kind: ZoneKind;
  rect: Rect;
  /** shown on the HUD while Joe stands in it */
  label: string;
  /** a restricted zone Joe may be in once this story flag is set (a pass); absent = never */
  allowedWith?: string;
  /** a guard who knows Joe's face (familiarAfter) lets him through here; absent = false */
  waveThrough?: boolean;
}

/** Something Joe uses with E: a toolbox, a loose grate, a bottle. Once used it is spent. */
export interface PropData {
  id: number;
  name: string;
  rect: Rect;
  /** flags that must be set before it can be used */
  requires: string[];
  /** what using it does, as a dialogue's `sets` */
  sets: string[];
  /** caption when Joe uses it, "" for none */
  text: string;
  /** caption while `requires` is not met */
  lockedText: string;
}

/**
 * A set prison time at which something happens to someone, off-screen, and Munsey then judges Joe's
 * alibi for it against the witness ledger.
 */
export interface IncidentData {
  id: number;
  /** who it happens to, e.g. "wilson" */
  who: string;
  /** the zone (name) where it happens: witnesses must place Joe elsewhere */
  zone: string;
  /** prison minutes after midnight: the window opens at `from` and is judged at `to` */
  from: number;
  to: number;
  /** flags the move needs by the time the window opens; without them the moment passes */
  setup: string[];
  /** what the move sets when it happens (as a dialogue's `sets`) */
  sets: string[];
  /** caption when it happens, off-screen */
  caption: string;
  /** the card's line when the moment passes without the set-up */
  missedText: string;
}

export interface TriggerData {
  id: number;
  name: string;
  rect: Rect;
  /** story flag set when Joe first enters */
  beat: string;
  /** typewriter caption shown when it fires, "" for none */
  caption: string;
  /** speaker of the caption ("" = narration), e.g. "TANNOY" */
  speaker: string;
  /** dialogue to start, "" for none */
  dialogue: string;
  /** story flags that must be set before it fires */
  requires: string[];
}

/** A light in the dark: drawn by the scene (lamplight), no rule reads it. */
export interface LampData {
  id: number;
  name: string;
  x: number;
  y: number;
  /** tiles */
  radius: number;
  /** 0-100 */
  intensity: number;
  flicker: boolean;
}

export interface DialogueLine {
  speaker: string;
  text: string;
}

export interface DialogueData {
  id: string;
  lines: DialogueLine[];
  /** flags set when the dialogue ends (or is skipped) */
  sets: string[];
  /** flags that must be set for this dialogue to play; otherwise `fallback` plays */
  requires: string[];
  /** dialogue to play instead when `requires` is not met, "" for none */
  fallback: string;
  /** a man's memory of how he came here: played in sepia, away from the present */
  flashback: boolean;
}

/** A searchlight on a wall or tower: a cone that sweeps back and forth between two bearings. */
export interface SearchlightData {
  id: number;
  name: string;
  /** pivot, pixels */
  x: number;
  y: number;
  /** tiles */
  range: number;
  /** bearings in whole degrees, 0 = east, 90 = south (clockwise on screen); the beam sweeps from -> to -> from */
  from: number;
  to: number;
  /** ticks for one sweep there and back, at alert 0 */
  period: number;
  /** ticks into the sweep at tick 0 */
  phase: number;
  /** full beam angle, degrees (counted in steps of 10) */
  width: number;
}

/** A crowd: `count` men milling in a rectangle once `requires` is met (the riot). */
export interface CrowdData {
  id: number;
  name: string;
  rect: Rect;
  count: number;
  /** requires items (flags...) before it appears */
  requires: string[];
  /** sub-pixels per tick */
  speed: number;
}

export interface ObjectiveData {
  /** the objective is done once this flag is set */
  flag: string;
  text: string;
}

export interface ScheduleEntry {
  /** minutes after midnight */
  minute: number;
  kind: 'count' | 'shift' | 'lockdown' | 'meal' | 'lights-out';
  label: string;
}

/** The bridge lever: Joe holds Interact facing it to lower the bridge (state.lever). One tile, solid. */
export interface LeverData {
  id: number;
  name: string;
  /** tile coordinates */
  tx: number;
  ty: number;
  /** the bridge object it lowers */
  bridge: number;
  /** story flags that must be set before it moves */
  requires: string[];
}

/** A drawbridge, drawn from state.lever: raised, lowering (with progress), lowered. */
export interface BridgeData {
  id: number;
  name: string;
  rect: Rect;
  /** the edge it is hinged on: it swings down away from this side */
  hinge: Facing;
}

/** Stairs or a ladder: stepping into the rectangle puts Joe at the target's point, facing `facing`. */
export interface StairsData {
  id: number;
  name: string;
  rect: Rect;
  /** the object Joe arrives at (its centre), pixels */
  to: Point;
  facing: Facing;
  /** caption shown on the way, "" for none */
  caption: string;
}

/**
 * A man on Joe's side with his own part of the plan: from `startTick` he walks his route; at its end
 * he makes a racket every `drawEvery` ticks that pulls the guards within `drawRange` tiles to him.
 */
export interface AllyData {
  id: number;
  name: string;
  key: string;
  x: number;
  y: number;
  facing: Facing;
  /** patrol object id, 0 = he stays where he is */
  route: number;
  /** ticks after the level's start */
  startTick: number;
  /** tiles */
  drawRange: number;
  /** ticks between rackets, 0 = none */
  drawEvery: number;
}

/** A named alternative start for practice and golden replays: the canonical start plus `sets`. */
export interface StartVariant {
  name: string;
  sets: string[];
}

export interface LevelData {
  /** level id, e.g. "cell" */
  id: string;
  title: string;
  /** path of the map file it came from, e.g. "maps/cell.tmj" */
  file: string;
  /** tiles */
  width: number;
  height: number;
  tileSize: number;
  /** width*height cell bits, row-major: CELL_SOLID | CELL_OPAQUE */
  cells: number[];
  /** width*height surface index into `surfaces` */
  surfaceAt: number[];
  surfaces: Surface[];
  /** prison time at tick 0, minutes after midnight */
  startMinute: number;
  /** true when the level is outdoors in the rain (drawn by the shell) */
  rain: boolean;
  /** the music track the level plays (the map's `music`, enum Music; `none` = silence) */
  music: LevelMusic;
  spawn: SpawnData;
  exits: ExitData[];
  guards: GuardData[];
  patrols: PatrolData[];
  npcs: NpcData[];
  doors: DoorData[];
  zones: ZoneData[];
  triggers: TriggerData[];
  lamps: LampData[];
  /** absent in levels without any */
  searchlights?: SearchlightData[];
  crowds?: CrowdData[];
  dialogues: Record<string, DialogueData>;
  objectives: ObjectiveData[];
  schedule: ScheduleEntry[];
  /**
   * story flags of earlier levels this level reads: set in its canonical start state (the level played
   * on its own) and counted as set by the map rules
   */
  startFlags: string[];
  /** things Joe uses with E (absent when the map has none) */
  props?: PropData[];
  /** the level's incident, if it has one */
  incident?: IncidentData;
  /** named practice starts (`startVariants`): canonical start plus more earlier-level flags */
  startVariants: StartVariant[];
  levers: LeverData[];
  bridges: BridgeData[];
  stairs: StairsData[];
  allies: AllyData[];
}
