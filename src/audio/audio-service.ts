import { Howl, Howler } from 'howler';
import type { SettingsStore } from '../settings/store';
import type { Cue, EffectName, MusicTrack } from './cues';
import { AMBIENCE_LOOPS, LOOP_PAD_S, type AmbienceLoop } from './loops';
import { channelVolumes, type ChannelVolumes } from './mix';
import { EFFECTS_SPRITE, sources, type AudioFile } from './urls';

const FADE_MS = 800;
/** Effects remembered for the browser tests (the last few names played). */
const RECENT_EFFECTS = 16;
/** Effects at least this long (ms) are held by a pause and resumed after it; shorter ones just end. */
const HELD_EFFECT_MS = 500;

/** One ambience bed: its file, the sound playing (null until it first needs to), how loud (0-1). */
interface Bed {
  howl: Howl;
  id: number | null;
  level: number;
}

/**
 * The game's sound, on howler: one music track at a time, the ambience beds (rain, the searchlights'
 * hum, the riot's crowd) and effects from one sprite.
 * Created once in main.ts and passed to whoever plays sound. It never throws and never blocks: a
 * file that will not load or decode costs one console.warn, and the game goes on silent.
 * Nothing plays before the first key or click (autoplay rules); what was asked for meanwhile is
 * remembered and starts then, so the title music is not lost.
 */
export class AudioService {
  private readonly music = new Map<MusicTrack, Howl>();
  private readonly beds = new Map<AmbienceLoop, Bed>();
  private effects: Howl | null = null;
  private wanted: MusicTrack | null = null;
  private playing: { track: MusicTrack; id: number } | null = null;
  private readonly recent: EffectName[] = [];
  /** effects started lately (howler ids), and those a pause caught mid-sound, to resume after it */
  private fxIds: number[] = [];
  private heldFx: number[] = [];
  private unlocked = false;
  private ducked = false;
  private paused = false;
  private hidden = false;
  /** the whole game stopped (e.g. under a replay's verdict) */
  private frozen = false;
  private warned = false;

  constructor(private readonly settings: SettingsStore) {
    settings.subscribe(() => this.apply());
  }

  /** Starts loading every file; call once. Playback waits for the first input. */
  load(): void {
    this.guard(() => {
      this.music.set('title', this.howl('music-title', { loop: true }));
      this.music.set('cell', this.howl('music-cell', { loop: true }));
      this.music.set('break', this.howl('music-break', { loop: true }));
      for (const name of Object.keys(AMBIENCE_LOOPS) as AmbienceLoop[]) {
        // played as a looping sprite over the middle: the padding either side is never heard
        const ms = (s: number) => Math.round(s * 1000);
        const sprite = {
          loop: [ms(LOOP_PAD_S), ms(AMBIENCE_LOOPS[name]), true] as [number, number, boolean],
        };
        this.beds.set(name, { howl: this.howl(name, { sprite }), id: null, level: 0 });
      }
      this.effects = this.howl('effects', { sprite: EFFECTS_SPRITE });
    });
    const unlock = () => {
      window.removeEventListener('keydown', unlock, true);
      window.removeEventListener('pointerdown', unlock, true);
      this.unlock();
    };
    window.addEventListener('keydown', unlock, true);
    window.addEventListener('pointerdown', unlock, true);
  }

  private howl(
    name: AudioFile,
    extra: { loop?: boolean; sprite?: Record<string, [number, number] | [number, number, boolean]> },
  ): Howl {
    const src = sources(name);
    if (src.length === 0) this.warn(`${name}: no audio file in this build`);
    return new Howl({
      src,
      preload: src.length > 0,
      volume: 0,
      ...extra,
      onloaderror: (_id, err) => this.warn(`${name} could not be loaded (${String(err)})`),
      onplayerror: (_id, err) => this.warn(`${name} could not be played (${String(err)})`),
    });
  }

  /** The first user input: the browser now lets us play. */
  unlock(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    this.guard(() => void Howler.ctx?.resume().catch(() => undefined));
    this.startMusic();
    this.apply();
  }

  /** Each file's howler state ('unloaded' | 'loading' | 'loaded'), for tests and the curious. */
  states(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, h] of this.music) out[`music-${k}`] = h.state();
    for (const [k, bed] of this.beds) out[k] = bed.howl.state();
    if (this.effects) out['effects'] = this.effects.state();
    return out;
  }

  /** The music track sounding now (null before the first input or between scenes). */
  nowPlaying(): MusicTrack | null {
    const p = this.playing;
    if (!p) return null;
    return this.music.get(p.track)?.playing(p.id) ? p.track : null;
  }

  get isUnlocked(): boolean {
    return this.unlocked;
  }

  /** Which music should play now; null = none. Cross-fades when it changes. */
  setMusic(track: MusicTrack | null): void {
    if (track === this.wanted) return;
    this.wanted = track;
    this.startMusic();
  }

  /** How much of an ambience bed is heard, 0-1 of the ambience channel (src/audio/ambience.ts decides). */
  setAmbience(name: AmbienceLoop, level: number): void {
    const bed = this.beds.get(name);
    // small steps are not worth a call into howler, but silence is always reached (a silent bed rests)
    if (!bed || level === bed.level || (level !== 0 && Math.abs(level - bed.level) < 0.005)) return;
    const wasSilent = bed.level === 0;
    bed.level = level;
    // a bed starts the first time it is wanted, and rests (paused) while silent
    if (wasSilent !== (level === 0)) this.holdOrResume();
    // only this bed's gain: apply() would restart the music's fade every frame a bed moves
    else if (this.unlocked && bed.id !== null) {
      const id = bed.id;
      this.guard(() => bed.howl.volume(this.volumes().ambience * level, id));
    }
  }

  /** Each bed's level, whether it sounds now and its gain after the settings, for the browser tests. */
  ambience(): Record<string, { level: number; playing: boolean; volume: number }> {
    const out: Record<string, { level: number; playing: boolean; volume: number }> = {};
    for (const [k, bed] of this.beds) {
      const id = bed.id;
      const volume = id === null ? 0 : (bed.howl.volume(id) as number);
      out[k] = { level: bed.level, playing: id !== null && bed.howl.playing(id), volume };
    }
    return out;
  }

  /** Long effects sounding now, and those a pause holds to resume after it, for the browser tests. */
  ringing(): { playing: number; held: number } {
    const fx = this.effects;
    return { playing: fx ? this.fxIds.filter((id) => fx.playing(id)).length : 0, held: this.heldFx.length };
  }

  /** The last effects played, oldest first, for the browser tests. */
  recentEffects(): EffectName[] {
    return [...this.recent];
  }

  duck(on: boolean): void {
    if (on === this.ducked) return;
    this.ducked = on;
    this.apply();
  }

  /** The game paused (pause scene) or resumed: music and rain hold their place. */
  setPaused(on: boolean): void {
    if (on === this.paused) return;
    this.paused = on;
    this.holdOrResume();
  }

  setHidden(on: boolean): void {
    if (on === this.hidden) return;
    this.hidden = on;
    this.holdOrResume();
  }

  /** The whole game stopped (Phaser's game.pause) or went on. */
  setFrozen(on: boolean): void {
    if (on === this.frozen) return;
    this.frozen = on;
    this.holdOrResume();
  }

  /**
   * The attempt that a pause caught mid-sound is over (a restart, leaving the level): its whistle or
   * shot must not ring on into the next one when the pause ends.
   */
  dropHeldEffects(): void {
    const fx = this.effects;
    this.guard(() => {
      for (const id of this.heldFx) fx?.stop(id);
    });
    this.heldFx = [];
  }

  play(cue: Cue): void {
    if (!this.unlocked || this.held || !this.effects) return;
    const v = this.volumes().effects * cue.volume;
    if (v <= 0) return;
    this.guard(() => {
      const fx = this.effects;
      if (!fx || fx.state() !== 'loaded') return;
      const id = fx.play(cue.effect);
      fx.volume(v, id);
      fx.rate(cue.rate, id);
      this.recent.push(cue.effect);
      if (this.recent.length > RECENT_EFFECTS) this.recent.shift();
      // only long effects are worth holding: a run of footsteps must not push a whistle out
      if ((EFFECTS_SPRITE[cue.effect]?.[1] ?? 0) >= HELD_EFFECT_MS) {
        this.fxIds.push(id);
        if (this.fxIds.length > RECENT_EFFECTS) this.fxIds.shift();
      }
    });
  }

  private get held(): boolean {
    return this.paused || this.hidden || this.frozen;
  }

  private volumes(): ChannelVolumes {
    return channelVolumes(this.settings.current, { ducked: this.ducked, paused: this.held });
  }

  private startMusic(): void {
    if (!this.unlocked) return;
    this.guard(() => {
      if (this.playing && this.playing.track !== this.wanted) {
        const old = this.music.get(this.playing.track);
        const id = this.playing.id;
        old?.fade(old.volume(id) as number, 0, FADE_MS, id);
        old?.once('fade', () => old.stop(id), id);
        this.playing = null;
      }
      if (this.wanted && !this.playing) {
        const howl = this.music.get(this.wanted);
        if (howl) this.playing = { track: this.wanted, id: howl.play() };
      }
      this.holdOrResume();
    });
  }

  private holdOrResume(): void {
    if (!this.unlocked) return;
    const hold = this.held;
    this.guard(() => {
      this.holdEffects(hold);
      const music = this.playing ? this.music.get(this.playing.track) : null;
      if (music && this.playing) {
        if (hold) music.pause(this.playing.id);
        else if (!music.playing(this.playing.id)) music.play(this.playing.id);
      }
      for (const bed of this.beds.values()) {
        const rest = hold || bed.level === 0;
        if (bed.id === null) {
          // howler queues a play asked for before the file has loaded
          if (!rest) bed.id = bed.howl.play('loop');
          continue;
        }
        if (rest) bed.howl.pause(bed.id);
        else if (!bed.howl.playing(bed.id)) bed.howl.play(bed.id);
      }
    });
    this.apply();
  }

  /** A whistle or a bell cut off by the pause picks up where it was after it. */
  private holdEffects(hold: boolean): void {
    const fx = this.effects;
    if (!fx) return;
    if (hold) {
      const ringing = this.fxIds.filter((id) => fx.playing(id));
      for (const id of ringing) fx.pause(id);
      this.heldFx.push(...ringing);
    } else {
      for (const id of this.heldFx) fx.play(id);
      this.heldFx = [];
    }
  }

  /** Sets every channel's volume from the settings and the moment (ducking is a short fade). */
  private apply(): void {
    if (!this.unlocked) return;
    const v = this.volumes();
    this.guard(() => {
      if (this.playing) {
        const howl = this.music.get(this.playing.track);
        const id = this.playing.id;
        if (howl) howl.fade(howl.volume(id) as number, v.music, 300, id);
      }
      for (const bed of this.beds.values())
        if (bed.id !== null) bed.howl.volume(v.ambience * bed.level, bed.id);
    });
  }

  private guard(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.warn(`audio stopped working (${e instanceof Error ? e.message : String(e)})`);
    }
  }

  /** One warning for the whole session: silence is not an error worth repeating. */
  private warn(message: string): void {
    if (this.warned) return;
    this.warned = true;
    console.warn(`[westgate] ${message}; the game plays on without sound`);
  }
}
