/** Whole-map rules of the tower's objects: one lever and its bridge, where stairs lead, allies' routes. */
import type { Placed } from './entities.ts';
import { centre } from './entities.ts';
import { isSolid } from './grid.ts';
import type { ValidateInput } from './validate.ts';

type Report = (p: Placed | undefined, rule: string, message: string) => void;

function named(p: Placed): string {
  const o = p.object;
  return `object ${o.id}${o.name ? ` "${o.name}"` : ''} (${o.type || 'no class'})`;
}

export function validateTower(v: ValidateInput, report: Report): void {
  const { levers, stairs, allies } = v.entities;
  // the game state holds one lever: a second would share its progress
  for (const extra of levers.slice(1))
    report(
      v.objects.get(extra.id),
      'lever-count',
      `a level has at most one lever, found ${levers.length} (the first is object ${levers[0]?.id})`,
    );
  for (const lever of levers) {
    const from = v.objects.get(lever.id);
    const target = v.objects.get(lever.bridge);
    if (lever.bridge === 0)
      report(from, 'lever-bridge', 'lever has no bridge: set "bridge" to the bridge object');
    else if (!target) report(from, 'lever-bridge', `bridge ${lever.bridge} does not exist`);
    else if (target.object.type !== 'bridge')
      report(from, 'lever-bridge', `bridge ${lever.bridge} is ${named(target)}, not a bridge`);
  }
  for (const s of stairs) {
    const from = v.objects.get(s.id);
    const target = v.objects.get(s.target);
    if (!target) {
      report(from, 'stairs-target', `target ${s.target} does not exist: set "target" to where Joe arrives`);
      continue;
    }
    s.to = centre(target.object);
    const tx = Math.floor(s.to.x / v.tileSize);
    const ty = Math.floor(s.to.y / v.tileSize);
    const inside = tx >= 0 && ty >= 0 && tx < v.width && ty < v.height;
    if (!inside || isSolid(v.cells, ty * v.width + tx))
      report(
        from,
        'stairs-target',
        `target ${named(target)} is on a solid tile or off the map at (${s.to.x}, ${s.to.y})`,
      );
  }
  for (const a of allies) {
    if (a.route === 0) continue;
    const target = v.objects.get(a.route);
    const from = v.objects.get(a.id);
    if (!target) report(from, 'route-exists', `route ${a.route} does not exist`);
    else if (target.object.type !== 'patrol')
      report(from, 'route-exists', `route ${a.route} is ${named(target)}, not a patrol`);
  }
}
