/**
 * The ambience loops' shape, shared by the generator (src/cli/gen-audio.ts) and the audio service.
 * A loop is encoded with LOOP_PAD_S of its own end before it and of its start after it, and played as a
 * looping sprite over the middle: the codec's ragged first and last milliseconds are never heard, so
 * the seam is as smooth as the loop itself.
 */
export const LOOP_PAD_S = 0.25;

/** Each ambience loop's length, seconds. */
export const AMBIENCE_LOOPS = { rain: 12, hum: 4, crowd: 10 } as const;
export type AmbienceLoop = keyof typeof AMBIENCE_LOOPS;
