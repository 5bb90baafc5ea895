import type Phaser from 'phaser';

/** Cones, noise rings and searchlight beams: over the lamplight (2), under zones, doors and people. */
export const SHAPES_DEPTH = 2.5;

/**
 * The depth that draws an actor in front of those above him on screen and behind those below.
 * Set only when it changes: Phaser re-sorts the whole display list after any setDepth, even to the
 * same value, and actors standing still would cost a sort every frame.
 */
export function standAt(sprite: Phaser.GameObjects.Image, y: number, base = 10): void {
  const depth = base + y / 1000;
  if (sprite.depth !== depth) sprite.setDepth(depth);
}
