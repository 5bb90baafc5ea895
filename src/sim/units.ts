/** Fixed-point units of the simulation: integer sub-pixels, so Node and every browser agree to the bit. */

/** simulation ticks per second */
export const TICK_RATE = 60;
/** sub-pixels per pixel */
export const SUB = 16;
/** pixels per tile */
export const TILE = 16;
/** sub-pixels per tile */
export const TILE_SUB = SUB * TILE;

/** Joe's walking and running speeds, sub-pixels per tick (walk = 60 px/s). */
export const WALK_SPEED = 16;
export const RUN_SPEED = 28;
/** 1/sqrt(2) in 8-bit fixed point, for diagonal moves */
export const DIAGONAL_Q8 = 181;

/** Half-size of an actor's feet box, sub-pixels (10 x 8 px). */
export const ACTOR_HALF_W = 5 * SUB;
export const ACTOR_HALF_H = 4 * SUB;
