/** Objects -> the LevelData entities they stand for, with the problems of each object on its own. */
import type { ObjectClass } from './game-types.ts';
import { allyFrom, bridgeFrom, leverFrom, stairsFrom } from './entities-tower.ts';
import type {
  CrowdData,
  AllyData,
  BridgeData,
  DialogueData,
  DoorData,
  ExitData,
  Facing,
  GuardData,
  IncidentData,
  LampData,
  LeverData,
  NpcData,
  PatrolData,
  Point,
  PropData,
  Rect,
  SearchlightData,
  SpawnData,
  StairsData,
  TriggerData,
  ZoneData,
  ZoneKind,
} from './level-data.ts';
import { incidentFrom, propFrom } from './incident-entities.ts';
import { placeOf } from './objects.ts';
import type { ProblemList } from './problems.ts';
import { bool, int, list, propertyRecord, str } from './properties.ts';
import { parseDialogueText, parseWaits } from './text-formats.ts';
import type { PropertyValue, ResolvedObject } from './tiled-types.ts';

/** An object with the layer it is on. */
export interface Placed {
  object: ResolvedObject;
  layer: string;
}

export interface Entities {
  spawns: (SpawnData & { from: Placed })[];
  exits: ExitData[];
  guards: GuardData[];
  patrols: PatrolData[];
  npcs: NpcData[];
  doors: DoorData[];
  zones: ZoneData[];
  triggers: TriggerData[];
  lamps: LampData[];
  searchlights: SearchlightData[];
  crowds: CrowdData[];
  dialogues: (DialogueData & { from: Placed })[];
  props: PropData[];
  incidents: (IncidentData & { placed: Placed })[];
  levers: LeverData[];
  bridges: BridgeData[];
  stairs: (StairsData & { target: number })[];
  allies: AllyData[];
}

/** Pixel bounds; tile objects (with a gid) are anchored at their bottom-left corner. Rotation is ignored. */
export function bounds(o: ResolvedObject): Rect {
  const top = o.gid !== undefined ? o.y - o.height : o.y;
  return { x: Math.round(o.x), y: Math.round(top), w: Math.round(o.width), h: Math.round(o.height) };
}

/** Where an actor stands: the centre of its bounds when it has a size, else its position. */
export function centre(o: ResolvedObject): Point {
  if (o.width === 0 && o.height === 0) return { x: Math.round(o.x), y: Math.round(o.y) };
  const top = o.gid !== undefined ? o.y - o.height : o.y;
  return { x: Math.round(o.x + o.width / 2), y: Math.round(top + o.height / 2) };
}

export class EntityBuilder {
  readonly out: Entities = {
    spawns: [],
    exits: [],
    guards: [],
    patrols: [],
    npcs: [],
    doors: [],
    zones: [],
    triggers: [],
    lamps: [],
    searchlights: [],
    crowds: [],
    dialogues: [],
    props: [],
    incidents: [],
    levers: [],
    bridges: [],
    stairs: [],
    allies: [],
  };

  constructor(
    private readonly mapPath: string,
    private readonly problems: ProblemList,
    private readonly tileSize: number,
  ) {}

  private report(p: Placed, rule: string, message: string): void {
    this.problems.add(this.mapPath, rule, message, placeOf(p.object, p.layer));
  }

  private area(p: Placed): Rect {
    const rect = bounds(p.object);
    if (rect.w <= 0 || rect.h <= 0) {
      this.report(
        p,
        'zone-size',
        `area has zero or negative size (${rect.w}x${rect.h} px): draw it as a rectangle`,
      );
    }
    return rect;
  }

  private range(p: Placed, name: string, value: number, min: number, max: number): number {
    if (value < min || value > max)
      this.report(p, 'property-range', `property "${name}" must be ${min} to ${max}, got ${value}`);
    return value;
  }

  add(p: Placed): void {
    const o = p.object;
    const props = propertyRecord(o.properties);
    const base = { id: o.id, name: o.name };
    const facing = str(props, 'facing') as Facing;
    const cls = o.type as ObjectClass;
    switch (cls) {
      case 'spawn':
        this.out.spawns.push({ ...centre(o), facing, from: p });
        return;
      case 'exit': {
        const to = str(props, 'to');
        if (to.trim() === '') this.report(p, 'exit-target', 'exit has no "to" level id');
        const requires = list(str(props, 'requires'));
        this.out.exits.push({
          ...base,
          rect: this.area(p),
          to,
          requires,
          lockedText: str(props, 'lockedText'),
        });
        return;
      }
      case 'guard': {
        // the yard's members are left out at their defaults, so other levels' data stays as it was
        const minAlert = this.range(p, 'minAlert', int(props, 'minAlert'), 0, 3);
        const unless = list(str(props, 'unless'));
        const warning = str(props, 'warning');
        this.out.guards.push({
          ...base,
          ...centre(o),
          facing,
          route: int(props, 'route'),
          visionRange: this.range(p, 'visionRange', int(props, 'visionRange'), 0, 64),
          visionAngle: this.range(p, 'visionAngle', int(props, 'visionAngle'), 10, 180),
          speed: this.range(p, 'speed', int(props, 'speed'), 1, 256),
          credibility: this.range(p, 'credibility', int(props, 'credibility'), 0, 100),
          ...(minAlert > 0 ? { minAlert } : {}),
          ...(unless.length > 0 ? { unless } : {}),
          ...(warning !== '' ? { warning } : {}),
          // only when set, so maps without it keep their exact LevelData
          ...(int(props, 'familiarAfter') > 0
            ? { familiarAfter: this.range(p, 'familiarAfter', int(props, 'familiarAfter'), 1, 216000) }
            : {}),
          ...(list(str(props, 'onlyIf')).length > 0 ? { onlyIf: list(str(props, 'onlyIf')) } : {}),
        });
        return;
      }
      case 'patrol':
        this.patrol(p, props['loop'] === true, str(props, 'waits'));
        return;
      case 'npc':
        if (str(props, 'key').trim() === '')
          this.report(p, 'npc-key', 'npc has no key (the id the game state knows it by)');
        this.out.npcs.push({
          ...base,
          key: str(props, 'key'),
          role: str(props, 'role') as NpcData['role'],
          ...centre(o),
          facing,
          dialogue: str(props, 'dialogue'),
          r17: bool(props, 'r17'),
          credibility: this.range(p, 'credibility', int(props, 'credibility'), 0, 100),
        });
        return;
      case 'door':
        this.door(
          p,
          bool(props, 'locked'),
          str(props, 'key'),
          this.range(p, 'lockAt', int(props, 'lockAt'), 0, 3),
        );
        return;
      case 'zone':
        this.out.zones.push({
          ...base,
          kind: str(props, 'kind') as ZoneKind,
          rect: this.area(p),
          label: str(props, 'label'),
          ...(str(props, 'allowedWith').trim() !== ''
            ? { allowedWith: str(props, 'allowedWith').trim() }
            : {}),
          ...(bool(props, 'waveThrough') ? { waveThrough: true } : {}),
        });
        return;
      case 'lamp':
        this.out.lamps.push({
          ...base,
          ...centre(o),
          radius: this.range(p, 'radius', int(props, 'radius'), 1, 32),
          intensity: this.range(p, 'intensity', int(props, 'intensity'), 0, 100),
          flicker: bool(props, 'flicker'),
        });
        return;
      case 'trigger':
        this.out.triggers.push({
          ...base,
          rect: this.area(p),
          beat: str(props, 'beat'),
          caption: str(props, 'caption'),
          speaker: str(props, 'speaker'),
          dialogue: str(props, 'dialogue'),
          requires: list(str(props, 'requires')),
        });
        return;
      case 'dialogue':
        this.dialogue(p, props);
        return;
      case 'prop':
        this.out.props.push(propFrom(p, this.area(p), props));
        return;
      case 'incident':
        this.out.incidents.push(incidentFrom(p, props, (rule, message) => this.report(p, rule, message)));
        return;
      case 'searchlight':
        this.searchlight(p, props);
        return;
      case 'crowd':
        this.out.crowds.push({
          ...base,
          rect: this.area(p),
          count: this.range(p, 'count', int(props, 'count'), 1, 64),
          requires: list(str(props, 'requires')),
          speed: this.range(p, 'speed', int(props, 'speed'), 1, 64),
        });
        return;
      case 'lever':
        this.out.levers.push(leverFrom(o, bounds(o), props, this.tileSize, (r, m) => this.report(p, r, m)));
        return;
      case 'bridge':
        this.out.bridges.push(bridgeFrom(o, this.area(p), props));
        return;
      case 'stairs':
        this.out.stairs.push(stairsFrom(o, this.area(p), props));
        return;
      case 'ally':
        this.out.allies.push(
          allyFrom(
            o,
            centre(o),
            props,
            (name, value, min, max) => this.range(p, name, value, min, max),
            (r, m) => this.report(p, r, m),
          ),
        );
        return;
    }
  }

  private patrol(p: Placed, loopProp: boolean, waitsText: string): void {
    const o = p.object;
    const shape = o.polygon ?? o.polyline;
    if (!shape || shape.length < 2) {
      this.report(p, 'patrol-shape', 'patrol must be a polyline or polygon with at least 2 points');
      return;
    }
    const points = shape.map((pt) => ({ x: Math.round(o.x + pt.x), y: Math.round(o.y + pt.y) }));
    const waits = parseWaits(waitsText, points.length);
    if (!waits.ok) this.report(p, 'patrol-waits', waits.message);
    const loop = o.polygon !== undefined || loopProp;
    this.out.patrols.push({
      id: o.id,
      name: o.name,
      points,
      loop,
      waits: waits.ok ? waits.value : points.map(() => 0),
    });
  }

  private searchlight(p: Placed, props: Record<string, PropertyValue>): void {
    const period = this.range(p, 'period', int(props, 'period'), 2, 36000);
    this.out.searchlights.push({
      id: p.object.id,
      name: p.object.name,
      ...centre(p.object),
      range: this.range(p, 'range', int(props, 'range'), 1, 64),
      from: this.range(p, 'from', int(props, 'from'), -360, 720),
      to: this.range(p, 'to', int(props, 'to'), -360, 720),
      period,
      phase: this.range(p, 'phase', int(props, 'phase'), 0, Math.max(0, period - 1)),
      width: this.range(p, 'width', int(props, 'width'), 10, 90),
    });
  }

  private door(p: Placed, locked: boolean, key: string, lockAt: number): void {
    const rect = bounds(p.object);
    const ts = this.tileSize;
    if (rect.w !== ts || rect.h !== ts || rect.x % ts !== 0 || rect.y % ts !== 0) {
      const message = `door must cover exactly one tile (a ${ts}x${ts} rectangle on the grid), got ${rect.w}x${rect.h} at (${rect.x}, ${rect.y})`;
      this.report(p, 'door-tile', message);
    }
    const c = centre(p.object);
    const tx = Math.floor(c.x / ts);
    const ty = Math.floor(c.y / ts);
    // not named `door`: Tiled's script engine refuses a local named like its method
    const data: DoorData = { id: p.object.id, name: p.object.name, tx, ty, locked, key };
    if (lockAt > 0) data.lockAt = lockAt;
    this.out.doors.push(data);
  }

  private dialogue(p: Placed, props: Record<string, PropertyValue>): void {
    const id = p.object.name.trim();
    if (id === '') this.report(p, 'dialogue-format', 'dialogue has no name (its name is the dialogue id)');
    const parsed = parseDialogueText(str(props, 'text'));
    for (const error of parsed.errors) this.report(p, 'dialogue-format', error);
    this.out.dialogues.push({
      id,
      lines: parsed.lines,
      sets: list(str(props, 'sets')),
      requires: list(str(props, 'requires')),
      fallback: str(props, 'fallback').trim(),
      flashback: bool(props, 'flashback'),
      from: p,
    });
  }
}
