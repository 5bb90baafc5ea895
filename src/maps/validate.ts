/** Rules across objects: counts, spawns in walls, routes, dialogue references, names, reachability. */
import type { Entities, Placed } from './entities.ts';
import { centre } from './entities.ts';
import { isSolid, reachable, rectTiles, segmentTiles } from './grid.ts';
import { placeOf } from './objects.ts';
import { validateTower } from './validate-tower.ts';
import type { ProblemList } from './problems.ts';

export interface ValidateInput {
  mapPath: string;
  problems: ProblemList;
  entities: Entities;
  cells: readonly number[];
  width: number;
  height: number;
  tileSize: number;
  /** every object of every object layer, by id */
  objects: ReadonlyMap<number, Placed>;
}

function report(v: ValidateInput, p: Placed | undefined, rule: string, message: string): void {
  v.problems.add(v.mapPath, rule, message, p ? placeOf(p.object, p.layer) : {});
}

function tileAt(v: ValidateInput, x: number, y: number): number | undefined {
  const tx = Math.floor(x / v.tileSize);
  const ty = Math.floor(y / v.tileSize);
  if (tx < 0 || ty < 0 || tx >= v.width || ty >= v.height) return undefined;
  return ty * v.width + tx;
}

function checkStanding(v: ValidateInput, p: Placed): void {
  const { x, y } = centre(p.object);
  const tile = tileAt(v, x, y);
  if (tile === undefined) report(v, p, 'spawn-in-wall', `centre (${x}, ${y}) is outside the map`);
  else if (isSolid(v.cells, tile)) {
    report(
      v,
      p,
      'spawn-in-wall',
      `centre (${x}, ${y}) is on a solid tile (${tile % v.width}, ${Math.floor(tile / v.width)})`,
    );
  }
}

function checkRoutes(v: ValidateInput): void {
  for (const guard of v.entities.guards) {
    if (guard.route === 0) continue;
    const target = v.objects.get(guard.route);
    const from = v.objects.get(guard.id);
    if (!target) report(v, from, 'route-exists', `route ${guard.route} does not exist`);
    else if (target.object.type !== 'patrol') {
      const what = `object ${target.object.id}${target.object.name ? ` "${target.object.name}"` : ''}`;
      report(
        v,
        from,
        'route-exists',
        `route ${guard.route} is ${what} (${target.object.type || 'no class'}), not a patrol`,
      );
    }
  }
  for (const patrol of v.entities.patrols) {
    const from = v.objects.get(patrol.id);
    const { points } = patrol;
    const bad = points.findIndex((pt) => tileAt(v, pt.x, pt.y) === undefined);
    if (bad >= 0) {
      const pt = points[bad];
      report(v, from, 'route-walkable', `point ${bad + 1} (${pt?.x}, ${pt?.y}) is outside the map`);
      continue;
    }
    const segments = patrol.loop ? points.length : points.length - 1;
    for (let i = 0; i < segments; i += 1) {
      const a = points[i];
      const b = points[(i + 1) % points.length];
      if (!a || !b) continue;
      const solid = segmentTiles(a.x, a.y, b.x, b.y, v.tileSize).find(([tx, ty]) =>
        isSolid(v.cells, ty * v.width + tx),
      );
      if (solid) {
        const which = `segment ${i + 1} (point ${i + 1} to ${((i + 1) % points.length) + 1})`;
        report(v, from, 'route-walkable', `${which} crosses a solid tile at tile (${solid[0]}, ${solid[1]})`);
      }
    }
  }
}

function checkDialogues(v: ValidateInput): void {
  const { entities } = v;
  const ids = new Map<string, Placed>();
  for (const d of entities.dialogues) {
    if (d.id === '') continue;
    const first = ids.get(d.id);
    if (first)
      report(
        v,
        d.from,
        'duplicate-name',
        `dialogue "${d.id}" is defined more than once (also object ${first.object.id})`,
      );
    else ids.set(d.id, d.from);
  }
  const need = (name: string, by: Placed | undefined, what: string) => {
    if (name !== '' && !ids.has(name)) {
      report(v, by, 'dialogue-exists', `${what} "${name}" does not exist (no dialogue object of that name)`);
    }
  };
  for (const npc of entities.npcs) need(npc.dialogue, v.objects.get(npc.id), 'dialogue');
  for (const trigger of entities.triggers) need(trigger.dialogue, v.objects.get(trigger.id), 'dialogue');
  for (const d of entities.dialogues) need(d.fallback, d.from, 'fallback dialogue');
  const keys = new Map<string, number>();
  for (const npc of entities.npcs) {
    if (npc.key === '') continue;
    const first = keys.get(npc.key);
    const from = v.objects.get(npc.id);
    if (first !== undefined)
      report(v, from, 'duplicate-name', `npc key "${npc.key}" is used more than once (also object ${first})`);
    else keys.set(npc.key, npc.id);
  }
}

function checkExits(v: ValidateInput, spawn: Placed): void {
  const doors = new Map<number, boolean>();
  for (const door of v.entities.doors) {
    if (door.tx < 0 || door.ty < 0 || door.tx >= v.width || door.ty >= v.height) continue;
    // a locked door opens only when some flag unlocks it
    doors.set(door.ty * v.width + door.tx, !door.locked || door.key !== '');
  }
  const { x, y } = centre(spawn.object);
  const start = tileAt(v, x, y);
  if (start === undefined || isSolid(v.cells, start)) return;
  const passable = (tile: number) => doors.get(tile) ?? !isSolid(v.cells, tile);
  const seen = reachable(start, v.width, v.height, passable);
  const near = (t: number) =>
    seen[t] === true ||
    (t % v.width > 0 && seen[t - 1] === true) ||
    (t % v.width < v.width - 1 && seen[t + 1] === true) ||
    seen[t - v.width] === true ||
    seen[t + v.width] === true;
  for (const exit of v.entities.exits) {
    if (rectTiles(exit.rect, v.tileSize, v.width, v.height).some(near)) continue;
    const message =
      'exit is not reachable on foot from the spawn (walls, or a locked door with no key flag, are in the way)';
    report(v, v.objects.get(exit.id), 'exit-reachable', message);
  }
}

/** Checks the rules that need the whole map. */
export function validateLevel(v: ValidateInput): void {
  const { entities } = v;
  if (entities.spawns.length !== 1) {
    report(
      v,
      undefined,
      'spawn-count',
      `exactly one player spawn is required, found ${entities.spawns.length}`,
    );
  }
  // a level that ends when its bridge comes down needs no exit
  if (entities.exits.length === 0 && entities.levers.length === 0)
    report(v, undefined, 'exit-count', 'at least one exit is required, found 0');
  for (const s of entities.spawns) checkStanding(v, s.from);
  for (const actor of [...entities.npcs, ...entities.guards, ...entities.allies]) {
    const placed = v.objects.get(actor.id);
    if (placed) checkStanding(v, placed);
  }
  checkRoutes(v);
  checkDialogues(v);
  validateTower(v, (p, rule, message) => report(v, p, rule, message));
  const spawn = entities.spawns[0];
  if (entities.spawns.length === 1 && spawn) checkExits(v, spawn.from);
}
