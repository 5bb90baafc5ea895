import sprite from '../../assets/audio/effects.json';

/** The generated audio, bundled by Vite as relative URLs: Opus in WebM first, MP3 as the fallback. */
const files = import.meta.glob(['/assets/audio/*.webm', '/assets/audio/*.mp3'], {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export type AudioFile = 'music-title' | 'music-cell' | 'music-break' | 'rain' | 'hum' | 'crowd' | 'effects';

/** URLs howler tries in order; empty when the build has no such file (then that sound stays silent). */
export function sources(name: AudioFile): string[] {
  return ['webm', 'mp3']
    .map((ext) => files[`/assets/audio/${name}.${ext}`])
    .filter((u): u is string => typeof u === 'string');
}

/** The effects sprite map: name -> [start ms, length ms], written by gen-audio. */
export const EFFECTS_SPRITE: Record<string, [number, number]> = Object.fromEntries(
  Object.entries(sprite as Record<string, number[]>).flatMap(([k, [start, len]]) =>
    start !== undefined && len !== undefined ? [[k, [start, len] as [number, number]]] : [],
  ),
);
