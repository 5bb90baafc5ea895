/** The resolved map -> LevelData: map properties, grid, entities, then the whole-map rules. */
import { EntityBuilder } from './entities.ts';
import type { Placed } from './entities.ts';
import type { GidTable } from './gids.ts';
import { computeCells } from './grid.ts';
import type { FlatLayers } from './layers.ts';
import type { LevelData, LevelMusic, Surface } from './level-data.ts';
import { GAME_ENUMS, isObjectClass } from './game-types.ts';
import type { ProblemList } from './problems.ts';
import type { TypeRegistry } from './project.ts';
import { bool, list, propertyRecord, str } from './properties.ts';
import { parseClock, parseObjectives, parseSchedule, parseStartVariants } from './text-formats.ts';
import type { ResolvedTiledMap } from './tiled-types.ts';
import { validateStory } from './story.ts';
import { validateLevel } from './validate.ts';
import type { IncidentData } from './level-data.ts';

function incidentData(i: IncidentData & { placed: Placed }): IncidentData {
  const { id, who, zone, from, to, setup, sets, caption, missedText } = i;
  return { id, who, zone, from, to, setup, sets, caption, missedText };
}

export interface LevelInput {
  mapPath: string;
  map: ResolvedTiledMap;
  flat: FlatLayers;
  gids: GidTable;
  registry: TypeRegistry;
  problems: ProblemList;
}

const REQUIRED: { name: string; kind: 'tile' | 'object' }[] = [
  { name: 'ground', kind: 'tile' },
  { name: 'objects', kind: 'object' },
  { name: 'script', kind: 'object' },
];

function checkLayers({ flat, problems, mapPath }: LevelInput): void {
  for (const { name, kind } of REQUIRED) {
    const found = (kind === 'tile' ? flat.tile : flat.object).some((l) => l.name === name);
    if (found) continue;
    const other = (kind === 'tile' ? flat.object : flat.tile).some((l) => l.name === name);
    const want = kind === 'tile' ? 'a tile layer' : 'an object layer';
    const message = other
      ? `layer "${name}" must be ${want}`
      : `${want.replace(/^an? /, '')} "${name}" is missing`;
    problems.add(mapPath, 'layer-missing', message);
  }
}

function levelProperties(input: LevelInput) {
  const { map, problems, mapPath } = input;
  const props = propertyRecord(map.properties);
  const bad = (message: string) => problems.add(mapPath, 'level-property', message);
  const id = str(props, 'levelId').trim();
  if (id === '') bad('levelId is missing: set it in Map > Map Properties (class "level")');
  const startTime = str(props, 'startTime');
  const startMinute = parseClock(startTime);
  if (startMinute === undefined) bad(`startTime "${startTime}" is not HH:MM (24-hour)`);
  const objectives = parseObjectives(str(props, 'objectives'));
  const schedule = parseSchedule(str(props, 'schedule'));
  const variants = parseStartVariants(str(props, 'startVariants'));
  for (const message of [...objectives.errors, ...schedule.errors, ...variants.errors]) bad(message);
  return {
    id,
    title: str(props, 'title'),
    startMinute: startMinute ?? 0,
    rain: bool(props, 'rain'),
    music: levelMusic(str(props, 'music')),
    objectives: objectives.entries,
    schedule: schedule.entries,
    startFlags: list(str(props, 'startFlags')),
    startVariants: variants.entries,
  };
}

/** The map's music: checked against enum Music when properties were resolved, so anything else is the default. */
function levelMusic(value: string): LevelMusic {
  const known: readonly string[] = GAME_ENUMS.Music;
  return known.includes(value) ? (value as LevelMusic) : GAME_ENUMS.Music[0];
}

function fallbackSurface(registry: TypeRegistry): Surface {
  const member = registry.classes.get('tile')?.members.find((m) => m.name === 'surface');
  return typeof member?.value === 'string' ? (member.value as Surface) : 'stone';
}

/** Builds the level; problems found on the way are added to `input.problems`. */
export function buildLevel(input: LevelInput): LevelData {
  const { map, flat, problems, mapPath } = input;
  checkLayers(input);
  const level = levelProperties(input);
  const { width, height, tilewidth: tileSize } = map;
  const grid = computeCells(flat.tile, input.gids, width, height, fallbackSurface(input.registry));
  const builder = new EntityBuilder(mapPath, problems, tileSize);
  const objects = new Map<number, Placed>();
  for (const layer of flat.object) {
    for (const object of layer.objects) {
      const placed = { object, layer: layer.name };
      objects.set(object.id, placed);
      if (isObjectClass(object.type)) builder.add(placed);
    }
  }
  const e = builder.out;
  validateLevel({ mapPath, problems, entities: e, cells: grid.cells, width, height, tileSize, objects });
  validateStory({ mapPath, problems, entities: e, objects, levelId: level.id, ...level });
  const spawn = e.spawns[0];
  return {
    id: level.id,
    title: level.title,
    file: mapPath,
    width,
    height,
    tileSize,
    ...grid,
    startMinute: level.startMinute,
    rain: level.rain,
    music: level.music,
    spawn: spawn ? { x: spawn.x, y: spawn.y, facing: spawn.facing } : { x: 0, y: 0, facing: 'down' },
    exits: e.exits,
    guards: e.guards,
    patrols: e.patrols,
    npcs: e.npcs,
    doors: e.doors,
    zones: e.zones,
    triggers: e.triggers,
    lamps: e.lamps,
    ...(e.searchlights.length > 0 ? { searchlights: e.searchlights } : {}),
    ...(e.crowds.length > 0 ? { crowds: e.crowds } : {}),
    dialogues: Object.fromEntries(
      e.dialogues.map((d) => [
        d.id,
        {
          id: d.id,
          lines: d.lines,
          sets: d.sets,
          requires: d.requires,
          fallback: d.fallback,
          flashback: d.flashback,
        },
      ]),
    ),
    objectives: level.objectives,
    schedule: level.schedule,
    startFlags: level.startFlags,
    ...(e.props.length > 0 ? { props: e.props } : {}),
    ...(e.incidents[0] ? { incident: incidentData(e.incidents[0]) } : {}),
    startVariants: level.startVariants,
    levers: e.levers,
    bridges: e.bridges,
    stairs: e.stairs.map((st) => ({
      id: st.id,
      name: st.name,
      rect: st.rect,
      to: st.to,
      facing: st.facing,
      caption: st.caption,
    })),
    allies: e.allies,
  };
}
