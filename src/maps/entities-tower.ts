/**
 * The tower's objects -> LevelData: the bridge lever, the bridge, stairs and ladders, and allies.
 * Each reads its own properties; whole-map rules (what a lever or stairs points at) are in
 * validate-tower.ts.
 */
import type { AllyData, BridgeData, Facing, LeverData, Rect, StairsData } from './level-data.ts';
import { int, list, str } from './properties.ts';
import type { PropertyValue, ResolvedObject } from './tiled-types.ts';

type Props = Record<string, PropertyValue>;
type Report = (rule: string, message: string) => void;

export function leverFrom(
  o: ResolvedObject,
  rect: Rect,
  props: Props,
  ts: number,
  report: Report,
): LeverData {
  if (rect.w !== ts || rect.h !== ts || rect.x % ts !== 0 || rect.y % ts !== 0)
    report(
      'lever-tile',
      `lever must cover exactly one tile (a ${ts}x${ts} rectangle on the grid), got ${rect.w}x${rect.h} at (${rect.x}, ${rect.y})`,
    );
  return {
    id: o.id,
    name: o.name,
    tx: Math.floor((rect.x + rect.w / 2) / ts),
    ty: Math.floor((rect.y + rect.h / 2) / ts),
    bridge: int(props, 'bridge'),
    requires: list(str(props, 'requires')),
  };
}

export function bridgeFrom(o: ResolvedObject, rect: Rect, props: Props): BridgeData {
  return { id: o.id, name: o.name, rect, hinge: str(props, 'hinge') as Facing };
}

/** `to` is filled in by validate-tower.ts once every object is known. */
export function stairsFrom(o: ResolvedObject, rect: Rect, props: Props): StairsData & { target: number } {
  return {
    id: o.id,
    name: o.name,
    rect,
    to: { x: 0, y: 0 },
    target: int(props, 'target'),
    facing: str(props, 'facing') as Facing,
    caption: str(props, 'caption'),
  };
}

export function allyFrom(
  o: ResolvedObject,
  at: { x: number; y: number },
  props: Props,
  range: (name: string, value: number, min: number, max: number) => number,
  report: Report,
): AllyData {
  const key = str(props, 'key');
  if (key.trim() === '') report('npc-key', 'ally has no key (the id the game state knows him by)');
  return {
    id: o.id,
    name: o.name,
    key,
    ...at,
    facing: str(props, 'facing') as Facing,
    route: int(props, 'route'),
    startTick: range('startTick', int(props, 'startTick'), 0, 216000),
    drawRange: range('drawRange', int(props, 'drawRange'), 0, 64),
    drawEvery: range('drawEvery', int(props, 'drawEvery'), 0, 3600),
  };
}
