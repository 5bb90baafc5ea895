import type Phaser from 'phaser';
import type { Facing } from '../maps/level-data';

/** Rows of assets/actors.png. */
export const ACTOR_ROW = {
  joe: 0,
  guard: 1,
  inmateA: 2,
  inmateB: 3,
  inmateC: 4,
  doctor: 5,
  attorney: 6,
  officer: 7,
} as const;

const DIR_COL: Record<Facing, number> = { down: 0, up: 2, left: 4, right: 6 };

/** Frame of assets/actors.png for a row, facing and walk phase (0 or 1). */
export function actorFrame(row: number, facing: Facing, step: number): number {
  return row * 8 + DIR_COL[facing] + (step & 1);
}

/** Row for a person in the map: by role, and inmates varied by their key so R17 is not six twins. */
export function npcRow(role: string, key: string): number {
  if (role === 'doctor') return ACTOR_ROW.doctor;
  if (role === 'attorney') return ACTOR_ROW.attorney;
  if (role === 'officer') return ACTOR_ROW.officer;
  let h = 0;
  for (const c of key) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return ACTOR_ROW.inmateA + (h % 3);
}

/**
 * Shows frame `frame` of the object's sheet, only if it is not showing it already: Phaser's setFrame
 * looks the frame up and resizes the object on every call, and most actors keep a frame for many.
 */
export function showFrame(o: Phaser.GameObjects.Image, frame: number): void {
  const name = o.frame.name as string | number;
  if (name === frame || name === String(frame)) return;
  o.setFrame(frame);
}
