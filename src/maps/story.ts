/**
 * Rules over the level's story: ids the game state will accept, flags that something can set, and the
 * zones the level's schedule needs. Each catches a map that loads but cannot be played to its end
 * (or would make the game state throw mid-level).
 */
import type { Entities, Placed } from './entities.ts';
import type { ObjectiveData, ScheduleEntry } from './level-data.ts';
import { placeOf } from './objects.ts';
import type { ProblemList } from './problems.ts';
import { LIMITS } from '../state/errors.ts';

/** Flags an incident's judgement sets: its verdict, then the inquiry's end (see sim/incident.ts). */
export const INCIDENT_FLAGS = ['alibi-solid', 'alibi-shaky', 'alibi-broken', 'inquiry-done'] as const;

export interface StoryInput {
  mapPath: string;
  problems: ProblemList;
  entities: Entities;
  objects: ReadonlyMap<number, Placed>;
  levelId: string;
  objectives: readonly ObjectiveData[];
  schedule: readonly ScheduleEntry[];
  startFlags: readonly string[];
  /** flags of the level's named practice starts: earlier levels may leave them too */
  startVariants: readonly { sets: readonly string[] }[];
}

/** What a `sets` item writes into the game state: a flag, a clue or a crew member. */
export function setsTarget(item: string): {
  kind: 'flag' | 'clue' | 'crew' | 'drink' | 'accuse';
  id: string;
} {
  if (item.startsWith('clue:')) return { kind: 'clue', id: item.slice(5) };
  if (item.startsWith('drink:')) return { kind: 'drink', id: item.slice(6) };
  if (item.startsWith('crew:')) return { kind: 'crew', id: item.slice(5) };
  if (item.startsWith('accuse:')) return { kind: 'accuse', id: item.slice(7) };
  return { kind: 'flag', id: item };
}

function shown(id: string): string {
  return id.length > 24 ? `${id.slice(0, 24)}...` : id;
}

class Reporter {
  constructor(private readonly s: StoryInput) {}

  at(p: Placed | number | undefined, rule: string, message: string): void {
    const placed = typeof p === 'number' ? this.s.objects.get(p) : p;
    this.s.problems.add(this.s.mapPath, rule, message, placed ? placeOf(placed.object, placed.layer) : {});
  }

  /** The game state refuses ids over LIMITS.id characters (StateError): refuse them at load instead. */
  idLength(p: Placed | number | undefined, what: string, id: string, max: number = LIMITS.id): void {
    if (id.length > max)
      this.at(
        p,
        'id-length',
        `${what} "${shown(id)}" is ${id.length} characters; at most ${max} are allowed`,
      );
  }
}

function checkIds(s: StoryInput, r: Reporter): void {
  const e = s.entities;
  r.idLength(undefined, 'levelId', s.levelId);
  for (const exit of e.exits) {
    r.idLength(exit.id, 'exit "to" level id', exit.to);
    for (const f of exit.requires) r.idLength(exit.id, 'required flag', f);
  }
  for (const t of e.triggers) {
    // the beat is the flag a trigger sets when it fires: the game state refuses an empty one
    if (t.beat.trim() === '')
      r.at(t.id, 'id-length', 'trigger has no beat (the flag it sets when Joe walks in): set "beat"');
    else r.idLength(t.id, 'beat', t.beat);
    for (const f of t.requires) r.idLength(t.id, 'required flag', f);
  }
  for (const d of e.dialogues) {
    for (const item of d.sets) {
      const target = setsTarget(item);
      if (target.id === '') r.at(d.from, 'id-length', `sets item "${item}" names no ${target.kind}`);
      else r.idLength(d.from, target.kind === 'flag' ? 'flag' : target.kind, target.id);
    }
    for (const f of d.requires) r.idLength(d.from, 'required flag', f);
  }
  for (const door of e.doors) r.idLength(door.id, 'key flag', door.key);
  for (const g of e.guards)
    for (const f of [...(g.onlyIf ?? []), ...(g.unless ?? [])]) r.idLength(g.id, 'duty flag', f);
  for (const a of e.allies) r.idLength(a.id, 'ally key', a.key);
  for (const npc of e.npcs) r.idLength(npc.id, 'npc key', npc.key);
  for (const zone of e.zones) {
    // the alibi ledger records where a witness saw Joe by the zone's name
    if (zone.name.trim() === '')
      r.at(zone.id, 'id-length', 'zone has no name (witnesses place Joe by zone name): name it');
    else r.idLength(zone.id, 'zone name', zone.name);
  }
  for (const o of s.objectives) r.idLength(undefined, 'objective flag', o.flag);
  for (const f of s.startFlags) r.idLength(undefined, 'start flag', f);
  for (const entry of s.schedule) r.idLength(undefined, 'schedule label', entry.label, LIMITS.label);
}

/**
 * Flags only triggers (their beat), dialogues (their `sets`) or an earlier level (the map's
 * `startFlags`) can set: anything else waits forever.
 */
function checkFlags(s: StoryInput, r: Reporter): void {
  const e = s.entities;
  const set = new Set<string>([
    ...s.startFlags,
    ...s.startVariants.flatMap((v) => v.sets),
    ...e.triggers.map((t) => t.beat).filter((b) => b !== ''),
  ]);
  for (const sets of [...e.dialogues, ...e.props, ...e.incidents].map((d) => d.sets)) {
    for (const item of sets) {
      const target = setsTarget(item);
      if (target.kind === 'flag') set.add(target.id);
      // naming a man sets these (state/informer.ts accuse)
      if (target.kind === 'accuse') for (const f of ACCUSE_SETS) set.add(f);
    }
  }
  if (e.incidents.length > 0) for (const f of INCIDENT_FLAGS) set.add(f);
  const never = (flag: string) =>
    `flag "${flag}" is never set (no trigger beat, dialogue "sets" or level "startFlags" sets it)`;
  for (const exit of e.exits)
    for (const f of exit.requires)
      if (!set.has(f)) r.at(exit.id, 'flag-unset', `${never(f)}: the exit never opens`);
  for (const t of e.triggers)
    for (const f of t.requires)
      if (isFlagItem(f) && !set.has(f)) r.at(t.id, 'flag-unset', `${never(f)}: the trigger never fires`);
  for (const d of e.dialogues)
    for (const f of d.requires)
      if (isFlagItem(f) && !set.has(f))
        r.at(d.from, 'flag-unset', `${never(f)}: the dialogue never plays, only its fallback`);
  for (const lever of e.levers)
    for (const f of lever.requires)
      if (isFlagItem(f) && !set.has(f)) r.at(lever.id, 'flag-unset', `${never(f)}: the lever never moves`);
  for (const door of e.doors)
    if (door.locked && door.key !== '' && !set.has(door.key))
      r.at(door.id, 'flag-unset', `key ${never(door.key)}: the door never unlocks`);
  for (const prop of e.props)
    for (const f of prop.requires)
      if (!set.has(f)) r.at(prop.id, 'flag-unset', `${never(f)}: the prop can never be used`);
  for (const zone of e.zones)
    if (zone.allowedWith !== undefined && !set.has(zone.allowedWith))
      r.at(zone.id, 'flag-unset', `allowedWith ${never(zone.allowedWith)}: the zone is never allowed`);
  for (const i of e.incidents)
    for (const f of i.setup)
      if (!set.has(f)) r.at(i.placed, 'flag-unset', `setup ${never(f)}: the move can never happen`);
  // the HUD shows the first objective not yet done; the last may be the one the exit itself ends
  s.objectives.slice(0, -1).forEach((o) => {
    if (!set.has(o.flag))
      r.at(undefined, 'flag-unset', `objective ${never(o.flag)}: the objectives after it never show`);
  });
}

/** A roll call needs a place to stand: a schedule with a count needs a zone of kind "rollcall". */
function checkZones(s: StoryInput, r: Reporter): void {
  const count = s.schedule.find((entry) => entry.kind === 'count');
  if (!count || s.entities.zones.some((z) => z.kind === 'rollcall')) return;
  const hh = String(Math.floor(count.minute / 60)).padStart(2, '0');
  const mm = String(count.minute % 60).padStart(2, '0');
  const message = `the schedule has a count at ${hh}:${mm} but no zone of kind "rollcall" (where Joe stands for it): draw one with the zone template`;
  r.at(undefined, 'zone-required', message);
}

/** At most one incident, in a zone of the map, about someone. */
function checkIncidents(s: StoryInput, r: Reporter): void {
  const [first, ...more] = s.entities.incidents;
  for (const extra of more)
    r.at(extra.placed, 'incident', `a level has at most one incident (also object ${first?.id ?? 0})`);
  if (first && !s.entities.zones.some((z) => z.name === first.zone))
    r.at(first.placed, 'incident', `incident zone "${first.zone}" is not the name of a zone on this map`);
  if (first) r.idLength(first.placed, 'incident who', first.who);
}

/** Flags an accusation (`sets` item `accuse:NAME`) may set. */
const ACCUSE_SETS = ['accused', 'informer-unmasked', 'accused-wrong'];
/** Kinds of `requires` items besides plain flags (state/informer.ts meets). */
const REQUIRE_KINDS = ['clue', 'informer', 'decoy', 'case'];

/** A plain flag item of a requires list: no `!`, no `kind:`. */
function isFlagItem(item: string): boolean {
  return !item.startsWith('!') && !item.includes(':');
}

/**
 * Trigger and dialogue `requires` items: `FLAG`, `clue:X`, or `informer:X` / `decoy:X` / `case:X`
 * naming an R17 man on this map (npc with r17), each optionally negated with `!`.
 */
function checkRequireItems(s: StoryInput, r: Reporter): void {
  const r17 = new Set(s.entities.npcs.filter((n) => n.r17).map((n) => n.key));
  const check = (p: Placed | number, item: string): void => {
    const body = item.startsWith('!') ? item.slice(1) : item;
    const colon = body.indexOf(':');
    if (colon < 0) return;
    const kind = body.slice(0, colon);
    const id = body.slice(colon + 1);
    if (!REQUIRE_KINDS.includes(kind))
      r.at(
        p,
        'requires-item',
        `requires item "${item}": "${kind}:" is not one of ${REQUIRE_KINDS.join(', ')}`,
      );
    else if (id === '') r.at(p, 'requires-item', `requires item "${item}" names nothing after the colon`);
    else if (kind !== 'clue' && !r17.has(id))
      r.at(p, 'requires-item', `requires item "${item}": "${id}" is not the key of an r17 npc on this map`);
  };
  for (const t of s.entities.triggers) for (const f of t.requires) check(t.id, f);
  for (const d of s.entities.dialogues) {
    for (const f of d.requires) check(d.from, f);
    for (const item of d.sets) {
      const target = setsTarget(item);
      if (target.kind === 'accuse' && target.id !== '' && !r17.has(target.id))
        r.at(
          d.from,
          'requires-item',
          `sets item "${item}": "${target.id}" is not the key of an r17 npc on this map`,
        );
    }
  }
}

/** Checks the story rules; problems go to `s.problems`. */
export function validateStory(s: StoryInput): void {
  const r = new Reporter(s);
  checkIds(s, r);
  checkIncidents(s, r);
  checkFlags(s, r);
  checkRequireItems(s, r);
  checkZones(s, r);
}
