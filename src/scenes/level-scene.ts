import Phaser from 'phaser';
import { KeyboardInput } from '../input/keyboard';
import { IN_INTERACT } from '../sim/input';
import type { SimEvent } from '../sim/sim-events';
import { outdoorsAt } from '../sim/places';
import { SUB } from '../sim/units';
import type { Ghost } from '../speedrun/ghost';
import { LEVELS } from '../speedrun/levels';
import { CAMPAIGN, ilCategory } from '../speedrun/run-timer';
import { LevelSession } from '../speedrun/session';
import type { GameStateData } from '../state/types';
import { FlashbackTone } from '../ui/flashback';
import { addLamplight } from '../ui/lamplight';
import { addTileLayers, type TileDrawing } from '../ui/tile-layers';
import { LevelView } from '../ui/level-view';
import type { ConeLook } from '../ui/cone-view';
import { Hud } from './hud';
import { SpeakerCamera } from './speaker-camera';
import { addFilmLook } from '../ui/noir';
import { INK, VIEW_H, VIEW_W } from '../ui/palette';
import { Rain } from '../ui/rain';
import { finishLevel } from './level-end';
import { playLevel } from './switch';
import { campaignSegments, saveProgress } from './campaign-flow';
import {
  categoryFor,
  createSpeedrunServices,
  freshRun,
  newRun,
  pbGhost,
  type RunState,
  type SpeedrunServices,
} from './run-context';
import type { Services } from './services';
import { settingsOf } from '../settings/link';

/** One simulation tick in milliseconds, and how many ticks a frame may catch up (no spiral of death). */
const STEP_MS = 1000 / 60;
const MAX_STEPS_PER_FRAME = 4;
/** ?manualstep=1: the level does not advance with real time, only when a test steps it. */
export const MANUAL_STEP = new URLSearchParams(window.location.search).get('manualstep') === '1';

export interface LevelStart {
  services: Services;
  levelId: string;
  start: GameStateData | null;
  /** the run this level belongs to; absent = a new run: the full campaign when `campaign`, else this level alone */
  run?: RunState;
  campaign?: boolean;
}

/**
 * A level being played. Turns keys into one InputFrame per tick, steps the simulation in whole
 * ticks, and draws what it returns. Holds no game rules.
 */
export class LevelScene extends Phaser.Scene {
  session!: LevelSession;
  run!: RunState;
  ghost: Ghost | null = null;
  speedrun!: SpeedrunServices;
  readonly bus = new Phaser.Events.EventEmitter();
  private keys!: KeyboardInput;
  private view!: LevelView;
  private hud!: Hud;
  private speakerCamera!: SpeakerCamera;
  private rain: Rain | null = null;
  private flashback!: FlashbackTone;
  private acc = 0;
  private ended = false;
  /** how the map's tile layers are drawn (the probe reports it) */
  tileDrawing: TileDrawing = 'plain';
  /** the card shown a beat after an attempt ends; a restart before it cancels it */
  cardTimer: Phaser.Time.TimerEvent | null = null;
  /** Phaser's frame number at the last restart (the input-latency benchmark reads it) */
  restartFrame = -1;
  /** the input the simulation took last, for the input display */
  lastInput = 0;
  /**
   * Set by the HUD: finishes a line still being typed and says so. A press that only finishes the
   * typewriter is the menu's, not the game's: it never reaches the simulation (nor the replay).
   */
  finishTyping: () => boolean = () => false;
  startData!: LevelStart;

  /** Each level has a thin subclass with its own key (src/scenes/levels). */
  constructor(key: string) {
    super(key);
  }

  /** The shared view of the level, for a subclass's own drawing. */
  protected get levelView(): LevelView {
    return this.view;
  }

  /** Restricted zones drawn as out of bounds now (the probe's view of the floor markings). */
  markedZones(): string[] {
    return this.view.zones.marked();
  }

  /** Each guard's cone as drawn (the probe's view of the cones). */
  coneLooks(): ConeLook[] {
    return this.view.coneLooks();
  }

  /** Whether each guard's sprite is drawn (the probe's view of the guards). */
  guardsDrawn(): boolean[] {
    return this.view.guardsDrawn();
  }

  /** A level's own drawing, made once the map and the view are up (subclasses may define it). */
  protected decorate?(): void;

  /** A level's own drawing, every frame after the simulation stepped (subclasses may define it). */
  protected drawExtra?(time: number, delta: number): void;

  create(data: LevelStart): void {
    this.startData = data;
    const map = data.services.maps.get(data.levelId);
    if (!map) {
      this.scene.start('error', { lines: [`no level "${data.levelId}"`] });
      return;
    }
    // made once for the whole page: its news (LiveSplit) goes to whichever level is playing then
    const game = this.game;
    const playing = () =>
      game.scene
        .getScenes(false)
        .find((s): s is LevelScene => s instanceof LevelScene && (s.sys.isActive() || s.sys.isPaused()));
    this.speedrun = data.services.speedrun ??= createSpeedrunServices((m) =>
      playing()?.bus.emit('notice', m),
    );
    this.run = data.run ?? this.newRunFor(data, map.level.id, map.level.title);
    this.session = new LevelSession(map, this.run.seed, data.start);
    if (this.run.log) saveProgress(this.run, this.session);
    this.buildMap();
    this.view = new LevelView(this, this.session.sim);
    this.decorate?.();
    const { width, height, tileSize } = map.level;
    // the game clears to INK every frame: a background fill is only needed where the map leaves
    // part of the view uncovered (a filter draws the camera into a transparent framebuffer)
    if (width * tileSize < VIEW_W || height * tileSize < VIEW_H) this.cameras.main.setBackgroundColor(INK);
    this.cameras.main.setBounds(0, 0, width * tileSize, height * tileSize);
    this.cameras.main.startFollow(this.view.joe, true, 0.2, 0.2);
    this.speakerCamera = new SpeakerCamera(this.cameras.main, this.game);
    this.rain = map.level.rain ? new Rain(this, VIEW_W, VIEW_H) : null;
    this.flashback = new FlashbackTone(this.cameras.main);
    addFilmLook(this, VIEW_W, VIEW_H);
    this.keys = new KeyboardInput(this);
    this.acc = 0;
    this.ended = false;
    this.beginAttempt();
    const kb = this.input.keyboard;
    // pause and restart follow the player's bindings (and the pad's Start / Back)
    this.keys.onCommand('pause', () => this.pause());
    this.keys.onCommand('restart', (e) => (e.shiftKey ? this.restartRun() : this.restart()));
    kb?.on('keydown-G', () => this.toggleGhost());
    this.game.events.on(Phaser.Core.Events.BLUR, this.pause, this);
    this.game.events.on(Phaser.Core.Events.HIDDEN, this.pause, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.game.events.off(Phaser.Core.Events.BLUR, this.pause, this);
      this.game.events.off(Phaser.Core.Events.HIDDEN, this.pause, this);
      this.bus.removeAllListeners();
      this.events.off(Phaser.Scenes.Events.PAUSE, this.hudPaused, this);
      this.events.off(Phaser.Scenes.Events.RESUME, this.hudResumed, this);
    });
    this.hud = new Hud(this);
    // the HUD's captions and dialogue step out of sight under the pause menu and the cards
    this.events.on(Phaser.Scenes.Events.PAUSE, this.hudPaused, this);
    this.events.on(Phaser.Scenes.Events.RESUME, this.hudResumed, this);
    this.cameras.main.fadeIn(400);
    // a finished fade still fills the screen, transparent, every frame: put it away
    this.cameras.main.once(Phaser.Cameras.Scene2D.Events.FADE_IN_COMPLETE, () =>
      this.cameras.main.fadeEffect.reset(),
    );
  }

  /** New game starts a full-campaign run split by level; otherwise the level alone is the run. */
  private newRunFor(data: LevelStart, levelId: string, title: string): RunState {
    const seed = this.speedrun.seed;
    if (!data.campaign) return newRun(categoryFor(ilCategory(levelId), seed.mode), [title], seed);
    return newRun(categoryFor(CAMPAIGN, seed.mode), campaignSegments(data.services), seed, true);
  }

  /** A fresh attempt at this level: counts it, loads the PB ghost, tells LiveSplit a run began. */
  private beginAttempt(): void {
    const { records, liveSplit, liveSplitOn } = this.speedrun;
    const freshRun = this.run.timer.splits.length === 0 && this.run.timer.runTicks === 0;
    if (freshRun) records.attempt(this.run.category, this.run.segments);
    const wantGhost = settingsOf(this.game)?.current.ghost ?? true;
    this.ghost = wantGhost && this.isIndividualLevel() ? pbGhost(records, this.run, this.session.map) : null;
    this.view.setGhost(this.ghost?.sim ?? null);
    if (liveSplitOn || settingsOf(this.game)?.current.liveSplit) {
      this.speedrun.liveSplitOn = true;
      liveSplit.connect();
      if (freshRun) liveSplit.start();
    }
  }

  private buildMap(): void {
    const map = this.session.map;
    const key = `map:${map.level.id}`;
    if (this.cache.tilemap.exists(key)) this.cache.tilemap.remove(key);
    this.cache.tilemap.add(key, { format: Phaser.Tilemaps.Formats.TILED_JSON, data: map.tiled });
    const { width, height, tileSize, lamps } = map.level;
    const light = addLamplight(this, lamps, width * tileSize, height * tileSize);
    // the first two layers under everything, any more over the actors; when the floor is baked
    // into a picture, the light map (as still as the floor) is multiplied into it once, not laid
    // over the whole view every frame
    this.tileDrawing = addTileLayers(this, key, map.tiled, (i) => (i < 2 ? 0 : 22), light ? [light] : []);
  }

  override update(time: number, delta: number): void {
    if (!this.session) return;
    // after the end the HUD goes on (the timer's colour, the last caption) until the card comes
    if (!this.ended) this.advance(time, delta);
    this.hud.update(delta);
    this.speakerCamera.update(this.session.sim);
  }

  private hudPaused(): void {
    this.hud.setPaused(true);
  }

  private hudResumed(): void {
    this.hud.setPaused(false);
  }

  /** Whole ticks for the real time gone by, then the level drawn as they left it. */
  private advance(time: number, delta: number): void {
    if (!MANUAL_STEP) {
      this.acc += Math.min(delta, STEP_MS * MAX_STEPS_PER_FRAME);
      let steps = 0;
      while (this.acc >= STEP_MS && steps < MAX_STEPS_PER_FRAME && this.tickOnce()) {
        this.acc -= STEP_MS;
        steps++;
      }
    }
    if (this.speedrun.liveSplitOn) this.speedrun.liveSplit.sync(this.run.timer.runTicks);
    this.view.draw(this.session.sim, time, delta);
    this.drawExtra?.(time, delta);
    if (this.rain) {
      this.rain.setVisible(this.outdoors());
      this.rain.update(delta);
    }
  }

  /**
   * One simulation tick from the keys as they are now. False once the attempt has ended.
   * With ?manualstep=1 only `stepManually` calls it (browser tests feed a replay key by key).
   */
  private tickOnce(): boolean {
    if (this.ended) return false;
    const before = this.session.sim.tick;
    this.lastInput = this.keys.next();
    if (this.lastInput & IN_INTERACT && this.session.sim.dialogue && this.finishTyping()) {
      this.lastInput &= ~IN_INTERACT;
    }
    const events = this.session.step(this.lastInput);
    if (this.session.sim.tick !== before) this.ghost?.step();
    this.run.timer.levelTicks = this.session.sim.tick;
    for (const e of events) this.handle(e);
    return this.session.sim.outcome === 'playing';
  }

  /** ?manualstep=1: runs `ticks` ticks now (or until the attempt ends); returns how many ran. */
  stepManually(ticks: number): number {
    const from = this.session.sim.tick;
    for (let n = 0; n < ticks && this.tickOnce(); n++);
    return this.session.sim.tick - from;
  }

  /** Rain falls where Joe stands under the sky: on wet stone or mud. Indoors it is on the windows. */
  private outdoors(): boolean {
    const { level, joe } = this.session.sim;
    return outdoorsAt(level, joe.x, joe.y);
  }

  private handle(e: SimEvent): void {
    this.bus.emit('sim', e);
    if (e.type === 'dialogue-start') this.flashback.set(e.flashback);
    if (e.type === 'dialogue-end') this.flashback.set(false);
    if (e.type === 'noise') this.view.noise(e.x, e.y, e.radius);
    if (e.type === 'complete' || e.type === 'caught') {
      this.ended = true;
      finishLevel(this, e);
    }
  }

  /** Back to the level's start in the same frame. In a campaign run the attempt's time stays lost. */
  restart(): void {
    if (!this.session) return;
    this.cardTimer?.remove(false);
    this.cardTimer = null;
    this.scene.stop('card');
    this.scene.stop('pause');
    const outcome = this.session.sim.outcome;
    if (!this.isIndividualLevel()) {
      // a campaign run already split (its last level done) restarts as a whole; a level done on
      // the way is behind the run, which goes on from the card (Continue), not back into it
      if (this.run.timer.done) return this.restartRun();
      if (outcome === 'complete') return;
    }
    if (this.isIndividualLevel()) this.run = freshRun(this.run);
    else {
      // the abandoned attempt's time stays on the clock and goes into the campaign's replay (a
      // caught one is in it already, from the moment it ended)
      if (outcome === 'playing') {
        const attempt = this.session.replay();
        this.run.log?.add(attempt, attempt.maps);
      }
      this.run.timer.abandonLevel();
      this.session.restart();
      if (this.run.log) saveProgress(this.run, this.session);
    }
    if (this.isIndividualLevel()) this.session.restart();
    this.flashback.set(false);
    this.restartFrame = this.game.loop.frame;
    this.ended = false;
    this.acc = 0;
    this.keys.clearPresses();
    if (this.isIndividualLevel()) this.beginAttempt();
    else this.ghost = null;
    // the camera back on Joe first: the view draws only the guards and cones near where it looks
    const { joe } = this.session.sim;
    this.speakerCamera.reset(this.session.sim);
    this.cameras.main.centerOn(joe.x / SUB, joe.y / SUB);
    this.view.draw(this.session.sim, this.time.now, 0);
    this.bus.emit('restart');
    if (this.scene.isPaused()) this.scene.resume();
  }

  /** Shift+R: the whole run again from its first level. */
  restartRun(): void {
    if (this.isIndividualLevel()) return this.restart();
    if (this.speedrun.liveSplitOn) this.speedrun.liveSplit.reset();
    const first = LEVELS[0]?.id ?? this.session.map.level.id;
    this.cardTimer?.remove(false);
    this.cardTimer = null;
    this.scene.stop('card');
    this.scene.stop('pause');
    playLevel(this.game, {
      ...this.startData,
      levelId: first,
      start: null,
      run: freshRun(this.run),
    });
  }

  isIndividualLevel(): boolean {
    return this.run.category.startsWith(ilCategory(this.session.map.level.id));
  }

  private toggleGhost(): void {
    this.view.toggleGhost();
  }

  pause(): void {
    if (!this.scene.isActive() || this.ended) return;
    this.keys.reset();
    this.scene.pause();
    this.scene.launch('pause', { level: this });
  }

  resumePlay(): void {
    this.keys.reset();
    this.acc = 0;
    this.scene.resume();
  }
}
