import Phaser from 'phaser';
import type { LevelSim } from '../sim/level-sim';
import { SUB } from '../sim/units';
import { ACTOR_ROW, actorFrame, npcRow, showFrame } from './actor-sprites';
import { settingsOf } from '../settings/link';
import { ConeCasts, ConeChange, ConeView, type ConeLook } from './cone-view';
import { ellipseTexture } from './flat-mesh';
import { HazardView } from './hazard-view';
import { RestrictedZones } from './zone-view';
import { FOG, FONT, INK, LAMP, PAPER, WHITE } from './palette';
import { SHAPES_DEPTH, standAt } from './depth';
import { actionKey, onDeviceChange } from '../input/device';
import { panel } from './panel';

/** The HUD bar and its second line take the top 36 px of the screen. */
const MARK_MIN_Y = 44;
const DOOR_SHUT = 25;
const DOOR_OPEN = 26;
/**
 * How far past the view a guard or his cone still counts as in it, pixels: a sprite stands 13 px
 * above his feet, and the camera's follow (or a speaker's framing) moves the view on at render,
 * after this frame's update. Further out, neither is updated nor drawn until it nears the view.
 */
const VIEW_MARGIN = 64;

/** A rectangle of the level, pixels. */
interface ViewRect {
  x: number;
  y: number;
  right: number;
  bottom: number;
}

/**
 * What the camera shows, level pixels, from where it looks now, into `out`. Its worldView is the last
 * render's: after a restart's jump back to Joe that would be a whole frame out.
 */
function viewNow(cam: Phaser.Cameras.Scene2D.Camera, out: ViewRect): ViewRect {
  const w = cam.width / cam.zoomX;
  const h = cam.height / cam.zoomY;
  // as the camera's own render places it: centred on its scroll, kept inside its bounds
  out.x = (cam.useBounds ? cam.clampX(cam.scrollX) : cam.scrollX) + cam.width / 2 - w / 2;
  out.y = (cam.useBounds ? cam.clampY(cam.scrollY) : cam.scrollY) + cam.height / 2 - h / 2;
  out.right = out.x + w;
  out.bottom = out.y + h;
  return out;
}

/** Whether (x, y) lies within `margin` pixels of the view. */
function nearView(view: ViewRect, x: number, y: number, margin: number): boolean {
  return x > view.x - margin && x < view.right + margin && y > view.y - margin && y < view.bottom + margin;
}

/** Draws a LevelSim: the map, doors, people, guards' cones and marks, Joe, and noises. Holds no rules. */
export class LevelView {
  readonly joe: Phaser.GameObjects.Image;
  private readonly guards: Phaser.GameObjects.Image[];
  private readonly marks: Phaser.GameObjects.Image[];
  /** colour-blind-safe cue: a bold frame round '!', so alarm is a shape, not only red */
  private readonly frames: Phaser.GameObjects.Rectangle[];
  private readonly npcs: Phaser.GameObjects.Image[];
  private readonly doors: Phaser.GameObjects.Image[];
  private readonly cones: ConeView;
  private readonly coneChange = new ConeChange();
  private readonly coneCasts = new ConeCasts();
  /** what the camera shows this frame: reused */
  private readonly viewRect: ViewRect = { x: 0, y: 0, right: 0, bottom: 0 };
  /** whose cone is drawn this frame: on duty, on his feet, and near enough the view to be seen */
  private readonly conesShown: boolean[] = [];
  private readonly prompt: Phaser.GameObjects.Image;
  /** the interact key's name in a keycap over the prompt's triangle: "E", "Space", "A" on a pad */
  private readonly promptKey: Phaser.GameObjects.BitmapText;
  private readonly promptRim: Phaser.GameObjects.Image;
  private readonly promptCap: Phaser.GameObjects.Image;
  /** the keycap's left edge from the prompt's centre, worked out when the key's name changes */
  private promptLeft = 0;
  private readonly rings: Phaser.GameObjects.Graphics;
  private noises: { x: number; y: number; r: number; age: number }[] = [];
  /** the personal best's Joe, walking beside the player in individual-level runs */
  private readonly ghost: Phaser.GameObjects.Image;
  private readonly halo: Phaser.GameObjects.Image;
  private ghostSim: LevelSim | null = null;
  private ghostShown = true;
  /** searchlights and crowds, in levels that have them */
  private readonly hazards: HazardView | null;
  readonly zones: RestrictedZones;

  constructor(
    private readonly scene: Phaser.Scene,
    sim: LevelSim,
  ) {
    const level = sim.level;
    // Shapes go together just over the light map (depth 2) and under every image: the renderer draws
    // Graphics and images in batches of their own, and each switch between them is one more draw call
    // (the cones are meshes that batch with the images; the noise rings stay a Graphics).
    this.cones = new ConeView(scene, level.guards.length, SHAPES_DEPTH);
    this.rings = scene.add.graphics().setDepth(SHAPES_DEPTH + 0.01);
    this.doors = level.doors.map((d) =>
      scene.add.image(d.tx * 16 + 8, d.ty * 16 + 8, 'tiles', DOOR_SHUT).setDepth(4),
    );
    this.npcs = level.npcs.map((n) => {
      const row = npcRow(n.role, n.key);
      return scene.add
        .image(n.x, n.y, 'actors', actorFrame(row, n.facing, 0))
        .setOrigin(0.5, 13 / 16)
        .setData('row', row);
    });
    this.guards = level.guards.map((g) =>
      scene.add.image(g.x, g.y, 'actors', actorFrame(ACTOR_ROW.guard, g.facing, 0)).setOrigin(0.5, 13 / 16),
    );
    this.marks = level.guards.map(() => scene.add.image(0, 0, 'fx', 0).setDepth(800).setVisible(false));
    this.frames = level.guards.map(() =>
      scene.add.rectangle(0, 0, 12, 14).setStrokeStyle(2, WHITE).setDepth(799).setVisible(false),
    );
    this.zones = new RestrictedZones(scene, level.zones);
    this.hazards = sim.hazards ? new HazardView(scene, sim.hazards, sim) : null;
    // A pool of pale light at Joe's feet: the player finds himself at a glance in the dark.
    this.halo = scene.add
      .image(0, 0, ellipseTexture(scene, 22, 10))
      .setTint(LAMP)
      .setAlpha(0.16)
      .setDepth(4);
    this.joe = scene.add.image(sim.joe.x / SUB, sim.joe.y / SUB, 'actors', 0).setOrigin(0.5, 13 / 16);
    this.prompt = scene.add.image(0, 0, 'fx', 4).setDepth(800).setVisible(false);
    this.promptRim = panel(scene, 0, 0, 1, 1, FOG).setDepth(800).setVisible(false);
    this.promptCap = panel(scene, 0, 0, 1, 1, INK).setDepth(800).setVisible(false);
    this.promptKey = scene.add.bitmapText(0, 0, FONT, '', 8).setTint(PAPER).setDepth(800).setVisible(false);
    this.followInteractKey();
    this.ghost = scene.add
      .image(0, 0, 'actors', 0)
      .setOrigin(0.5, 13 / 16)
      .setAlpha(0.5)
      .setTint(PAPER)
      .setVisible(false);
  }

  /** The sprite of level.npcs[i], for a level scene's own touches. */
  npcSprite(i: number): Phaser.GameObjects.Image | undefined {
    return this.npcs[i];
  }

  /** Each guard's cone as drawn (the page probe's view). */
  coneLooks(): ConeLook[] {
    return this.cones.describe();
  }

  /** Whether each guard's sprite is drawn (the page probe's view): on duty and near the view. */
  guardsDrawn(): boolean[] {
    return this.guards.map((s) => s.visible);
  }

  setGhost(sim: LevelSim | null): void {
    this.ghostSim = sim;
  }

  /** G: show or hide the ghost. */
  toggleGhost(): void {
    this.ghostShown = !this.ghostShown;
  }

  noise(x: number, y: number, radius: number): void {
    this.noises.push({ x, y, r: radius, age: 0 });
  }

  /** Redraws everything from the simulation's current state. */
  draw(sim: LevelSim, time: number, deltaMs: number): void {
    const { joe } = sim;
    const prefs = settingsOf(this.scene.game)?.current;
    this.zones.update(sim.state);
    this.joe.setPosition(joe.x / SUB, joe.y / SUB);
    standAt(this.joe, joe.y / SUB);
    this.halo.setPosition(joe.x / SUB, joe.y / SUB + 1);
    const view = viewNow(this.scene.cameras.main, this.viewRect);
    // marks stay below the HUD bar, so a guard at the top of the screen still shows his '?'
    const markTop = view.y + MARK_MIN_Y;
    showFrame(
      this.joe,
      actorFrame(ACTOR_ROW.joe, joe.facing, joe.moving ? joe.stepTicks >> (joe.running ? 2 : 3) : 0),
    );
    sim.guards.forEach((g, i) => {
      const s = this.guards[i];
      const m = this.marks[i];
      if (!s || !m) return;
      const moving = g.mode === 'patrol' || g.mode === 'chase' || g.mode === 'return';
      // a guard off duty (alert roster, or sent elsewhere) is not in the level
      const onDuty = sim.hazards?.present[i] !== false;
      const x = g.x / SUB;
      const y = g.y / SUB;
      // one far out of view is not drawn until he nears it (his mark, pinned below the HUD bar
      // when he is above the view, still shows)
      const near = onDuty && nearView(view, x, y, VIEW_MARGIN);
      s.setVisible(near);
      // a guard thrown off at the lever lies where he fell: out of the fight, no cone, no mark
      const down = sim.tower.downed[i] === true;
      if (near) {
        s.setPosition(x, y);
        standAt(s, y);
        showFrame(s, actorFrame(ACTOR_ROW.guard, g.facing, moving && !down ? Math.floor(time / 180) : 0));
        s.setAngle(down ? 90 : 0).setAlpha(down ? 0.55 : 1);
      }
      const marked = onDuty && g.alert !== 'unaware' && !down;
      m.setVisible(marked);
      this.frames[i]?.setVisible(marked && g.alert === 'alerted' && prefs?.colourBlindSafe === true);
      if (!marked) return;
      showFrame(m, g.alert === 'alerted' ? 1 : 0);
      const bob = g.alert === 'alerted' && !prefs?.reducedMotion ? Math.round(Math.sin(time / 80)) : 0;
      m.setPosition(x, Math.max(markTop, y - 18 + bob));
      this.frames[i]?.setPosition(m.x, m.y);
    });
    sim.level.npcs.forEach((n, i) => {
      const s = this.npcs[i];
      if (!s) return;
      standAt(s, n.y);
      const talking = sim.dialogue !== null && this.isTalkingTo(sim, i);
      const facing = talking ? this.facingJoe(sim, n.x, n.y) : n.facing;
      showFrame(s, actorFrame(s.getData('row') as number, facing, 0));
    });
    sim.doorsOpen.forEach((open, i) => {
      const door = this.doors[i];
      if (door) showFrame(door, open ? DOOR_OPEN : DOOR_SHUT);
    });
    // guards off duty (alert roster, sent elsewhere) or thrown off at the lever have no cone; a cone
    // that cannot reach into the view is neither cast nor drawn until it can
    const shown = this.conesShown;
    shown.length = sim.level.guards.length;
    for (let i = 0; i < shown.length; i++) {
      const g = sim.guards[i];
      const reach = (sim.level.guards[i]?.visionRange ?? 0) * 16 + VIEW_MARGIN;
      shown[i] =
        sim.hazards?.present[i] !== false &&
        sim.tower.downed[i] !== true &&
        g !== undefined &&
        nearView(view, g.x / SUB, g.y / SUB, reach);
    }
    if (this.coneChange.changed(sim.guards, shown, sim.doorsOpen, prefs))
      this.cones.draw(sim.world, sim.guards, sim.level.guards, prefs, shown, this.coneCasts);
    this.hazards?.draw(sim, time);
    this.drawGhost();
    this.drawPrompt(sim, time, prefs?.reducedMotion === true);
    this.drawNoises(deltaMs);
  }

  private drawGhost(): void {
    const g = this.ghostSim;
    this.ghost.setVisible(g !== null && this.ghostShown && g.outcome === 'playing');
    if (!g) return;
    const j = g.joe;
    this.ghost.setPosition(j.x / SUB, j.y / SUB);
    standAt(this.ghost, j.y / SUB, 9);
    showFrame(
      this.ghost,
      actorFrame(ACTOR_ROW.joe, j.facing, j.moving ? j.stepTicks >> (j.running ? 2 : 3) : 0),
    );
  }

  private isTalkingTo(sim: LevelSim, npcIndex: number): boolean {
    const n = sim.level.npcs[npcIndex];
    if (!n) return false;
    return Math.abs(n.x - sim.joe.x / SUB) <= 24 && Math.abs(n.y - sim.joe.y / SUB) <= 24;
  }

  private facingJoe(sim: LevelSim, x: number, y: number) {
    const dx = sim.joe.x / SUB - x;
    const dy = sim.joe.y / SUB - y;
    if (Math.abs(dx) > Math.abs(dy)) return dx > 0 ? 'right' : 'left';
    return dy > 0 ? 'down' : 'up';
  }

  /**
   * Names the interact key in the keycap: the player's own first key (a remap shows at once, even
   * while paused in the settings) or the pad's button. Text set only when the name changes.
   */
  private followInteractKey(): void {
    const update = () => this.setPromptKey(actionKey(this.scene.game, 'interact'));
    update();
    const offDevice = onDeviceChange(update);
    const offSettings = settingsOf(this.scene.game)?.subscribe(update);
    this.scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      offDevice();
      offSettings?.();
    });
  }

  private setPromptKey(name: string): void {
    if (name === this.promptKey.text) return;
    this.promptKey.setText(name);
    // the glyphs are 6 px cells with 5 px of ink: 2 px of cap either side of the ink, 1 px of rim
    const ink = name.length * 6 - 1;
    const w = ink + 6;
    this.promptLeft = -Math.floor(w / 2);
    this.promptRim.setDisplaySize(w, 13);
    this.promptCap.setDisplaySize(w - 2, 11);
  }

  private drawPrompt(sim: LevelSim, time: number, still: boolean): void {
    const target = sim.interaction();
    const shown = target !== null;
    this.prompt.setVisible(shown);
    this.promptRim.setVisible(shown);
    this.promptCap.setVisible(shown);
    this.promptKey.setVisible(shown);
    if (!target) return;
    let x = 0;
    let y = 0;
    if (target.kind === 'npc') {
      const n = sim.level.npcs[target.index];
      if (n) [x, y] = [n.x, n.y - 20];
    } else if (target.kind === 'prop') {
      const p = sim.level.props?.[target.index];
      if (p) [x, y] = [p.rect.x + p.rect.w / 2, p.rect.y - 6];
    } else {
      const d = sim.level.doors[target.index];
      if (d) [x, y] = [d.tx * 16 + 8, d.ty * 16 - 6];
    }
    x = Math.round(x);
    y = Math.round(y);
    // the triangle bobs (not with reduced motion); the keycap above it holds still, to be read
    const bob = still ? 0 : Math.round(Math.sin(time / 150));
    this.prompt.setPosition(x, y + bob);
    // the triangle's ink starts 2 px above its centre: the cap ends a clear row above its highest bob
    const top = y - 17;
    const left = x + this.promptLeft;
    this.promptRim.setPosition(left, top);
    this.promptCap.setPosition(left + 1, top + 1);
    this.promptKey.setPosition(left + 3, top + 2);
  }

  private drawNoises(deltaMs: number): void {
    this.rings.clear();
    this.noises = this.noises.filter((n) => (n.age += deltaMs) < 500);
    // an empty Graphics still breaks the sprite batch: hide it when there is nothing to draw
    this.rings.setVisible(this.noises.length > 0);
    for (const n of this.noises) {
      const k = n.age / 500;
      this.rings.lineStyle(1, PAPER, 0.5 * (1 - k));
      this.rings.strokeCircle(n.x, n.y, n.r * k);
    }
  }

  destroy(): void {
    this.scene.children.removeAll(true);
  }
}
