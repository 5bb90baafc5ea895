import type Phaser from 'phaser';
import { panel } from '../ui/panel';
import { currentLine } from '../sim/dialogue';
import type { SimEvent } from '../sim/sim-events';
import { settingsOf } from '../settings/link';
import { formatTime } from '../speedrun/time';
import { clockText } from '../state/clock';
import { captionPages } from '../ui/caption-pages';
import { DialogueBox } from '../ui/dialogue-box';
import { largeText, TEXT_PX } from '../ui/text-size';
import { InputDisplay } from '../ui/input-display';
import { BakedLayer } from '../ui/baked-layer';
import { LevelTitle } from '../ui/level-title';
import { LEVELS } from '../speedrun/levels';
import { levelWhen } from '../speedrun/story-time';
import { DANGER, FOG, FONT, INK, LAMP, PAPER, VIEW_W } from '../ui/palette';
import type { CardData } from './card-scene';
import { isCustomLevel } from './custom-map';
import type { LevelScene } from './level-scene';

/** How long a caption stays, ms of real time (captions are presentation: they never block play). */
const CAPTION_MS = 4200;
const CAPTION_Y = 40;
/** Large captions: 30 characters of 16 px a line, two lines a page, so the box stays 46 px tall. */
const LARGE_COLUMNS = 30;
const LARGE_LINES = 2;

/** What the tannoy says as the prison's alert level rises to 1, 2, 3. */
const ALERT_WORDS: Record<number, string> = {
  1: 'All posts, stand by. Eyes on the yard.',
  2: 'Alert. Extra men to the wire. Searchlights to full sweep.',
  3: 'Lockdown. All gates shut. Every man down on the ground.',
};

/** Over the film look (vignette and grain, 950), under nothing: the HUD is read, not filmed. */
const HUD_DEPTH = 1000;

/**
 * The HUD over a level: objective, suspicion, prison clock, in-game time, captions and dialogue.
 * Drawn by the level scene itself, fixed to the screen above everything: a scene of its own cost a
 * second camera, a second update and a draw call every frame. A flashback's sepia tints it too.
 */
export class Hud {
  private readonly objective: Phaser.GameObjects.BitmapText;
  private readonly clock: Phaser.GameObjects.BitmapText;
  private readonly timer: Phaser.GameObjects.BitmapText;
  private readonly zone: Phaser.GameObjects.BitmapText;
  private readonly meter: Phaser.GameObjects.Image;
  private readonly meterLabel: Phaser.GameObjects.BitmapText;
  /** the bar, objective, clock, room and heat, redrawn only when one changes */
  private readonly baked: BakedLayer;
  private readonly caption: Phaser.GameObjects.BitmapText;
  private readonly captionBg: Phaser.GameObjects.Image;
  private captions: { speaker: string; text: string }[] = [];
  /** what is left of the caption on screen, a page each (large text) */
  private pages: string[] = [];
  private captionLeft = 0;
  private readonly box: DialogueBox;
  /** the level's opening title: its name and when it happens in the story */
  readonly title: LevelTitle;
  private readonly inputs: InputDisplay;
  /** ?inputs=1 shows the input display whatever the setting */
  private readonly inputsParam: boolean;
  private inputsShown: boolean | null = null;
  /** what the baked part of the HUD shows (objective, clock, zone, heat), as one string */
  private showing = '';
  private readonly game: Phaser.Game;

  constructor(private readonly level: LevelScene) {
    this.game = level.game;
    const first = level.children.length;
    const scene: Phaser.Scene = level;
    const bar = panel(scene, 0, 0, VIEW_W, 13, INK, 0.75);
    this.objective = scene.add.bitmapText(4, 3, FONT, '', 8).setTint(PAPER);
    this.clock = scene.add
      .bitmapText(VIEW_W - 4, 3, FONT, '', 8)
      .setOrigin(1, 0)
      .setTint(FOG);
    this.timer = scene.add
      .bitmapText(VIEW_W - 4, 16, FONT, '', 8)
      .setOrigin(1, 0)
      .setTint(PAPER);
    this.zone = scene.add.bitmapText(4, 16, FONT, '', 8).setTint(FOG);
    // runs on custom maps (?map=, dropped files) are not official: say so beside the timer
    const custom = isCustomLevel(this.level.session.map.level.id)
      ? [
          scene.add
            .bitmapText(VIEW_W - 4, 36, FONT, 'CUSTOM MAP', 8)
            .setOrigin(1, 0)
            .setTint(LAMP),
        ]
      : [];
    const frame = [panel(scene, VIEW_W - 67, 27, 64, 7, FOG), panel(scene, VIEW_W - 66, 28, 62, 5, INK)];
    this.meter = panel(scene, VIEW_W - 65, 29, 0, 3, PAPER);
    this.meterLabel = scene.add
      .bitmapText(VIEW_W - 70, 27, FONT, 'HEAT', 8)
      .setOrigin(1, 0)
      .setTint(FOG);
    // all but the timer change a few times a level: drawn into one picture when they do
    this.baked = new BakedLayer(
      scene,
      [bar, this.objective, this.clock, this.zone, ...custom, ...frame, this.meter, this.meterLabel],
      VIEW_W,
      46,
    );
    // Captions sit just under the HUD bar: clear of the dialogue box, the menus and most of the floor.
    this.captionBg = panel(scene, 20, CAPTION_Y - 7, VIEW_W - 40, 14, INK, 0.8).setVisible(false);
    this.caption = scene.add
      .bitmapText(VIEW_W / 2, CAPTION_Y, FONT, '', 8)
      .setOrigin(0.5, 0)
      .setTint(PAPER);
    this.title = this.makeTitle();
    this.box = new DialogueBox(scene);
    this.inputs = new InputDisplay(scene, 4, 28);
    // everything made above: fixed to the screen, over the level (same depth: the order made holds)
    for (const o of level.children.list.slice(first))
      (o as Phaser.GameObjects.Image).setScrollFactor(0).setDepth(HUD_DEPTH);
    this.inputsParam = new URLSearchParams(window.location.search).get('inputs') === '1';
    this.level.bus.on('sim', this.onSim, this);
    this.level.finishTyping = () => {
      if (!this.box.typing) return false;
      this.box.revealAll();
      return true;
    };
    this.level.bus.on('restart', this.onRestart, this);
    this.level.bus.on('notice', (m: string) => this.captions.push({ speaker: '', text: m }), this);
    const notice = this.level.speedrun.notice;
    if (notice) {
      this.level.speedrun.notice = null;
      this.captions.push({ speaker: '', text: notice });
    }
    this.level.bus.on('finished', (card: CardData) => this.timer.setTint(card.newPb ? LAMP : PAPER), this);
  }

  /**
   * The level's name and when it happens, against the level before it in the campaign: the yard's
   * clock reads 09:40 after the machine shop's 11:00 because it is the next morning, and says so.
   */
  private makeTitle(): LevelTitle {
    const { level } = this.level.session.map;
    const maps = this.level.startData.services.maps;
    const campaign = LEVELS.map((l) => ({ id: l.id, startMinute: maps.get(l.id)?.level.startMinute ?? 0 }));
    return new LevelTitle(this.level, level.title, levelWhen(campaign, level.id, level.startMinute));
  }

  /**
   * Under the pause menu (or a card) the caption and the dialogue hold still out of sight: a 16 px
   * caption showed through the menu's backing over PAUSED.
   */
  setPaused(paused: boolean): void {
    this.title.setPaused(paused);
    this.caption.setVisible(!paused);
    this.captionBg.setVisible(!paused && this.caption.text !== '');
    this.box.veil(paused);
  }

  private onRestart(): void {
    this.title.end();
    this.timer.setTint(PAPER);
    this.captions = [];
    this.pages = [];
    this.captionLeft = 0;
    this.box.hide();
  }

  private onSim(e: SimEvent): void {
    if (e.type === 'dialogue-start') this.title.end();
    if (e.type === 'caption') this.captions.push({ speaker: e.speaker, text: e.text });
    if (e.type === 'state' && e.event.type === 'clue-found')
      this.captions.push({ speaker: '', text: 'Joe files that away.' });
    if (e.type === 'state' && e.event.type === 'schedule')
      this.captions.push({ speaker: 'TANNOY', text: `${e.event.event.label}.` });
    if (e.type === 'locked') this.captions.push({ speaker: '', text: e.text });
    // the prison's alert rising is said aloud: it brings patrols, faster beams and shut gates
    if (e.type === 'state' && e.event.type === 'alert-changed' && e.event.to > e.event.from)
      this.captions.push({ speaker: 'TANNOY', text: ALERT_WORDS[e.event.to] ?? '' });
    if (e.type === 'state' && e.event.type === 'threshold-crossed' && e.event.threshold !== 'solitary') {
      this.captions.push({
        speaker: 'TANNOY',
        text:
          e.event.threshold === 'follow'
            ? 'Collins. We have our eye on you.'
            : 'Cell search. Stand by your bunks.',
      });
    }
  }

  update(delta: number): void {
    const session = this.level.session;
    if (!session) return;
    const sim = session.sim;
    const objective = sim.objective();
    // the incident's window beside the clock, red while it is open (the one danger accent)
    const window = sim.incident?.hudText(clockText) ?? '';
    const clock = window ? `${sim.state.clockText}  ${window}` : sim.state.clockText;
    const clockTint = sim.incident?.phase === 'open' ? DANGER : FOG;
    const zone = sim.zone?.label ?? '';
    const zoneTint = sim.restrictedHere() ? DANGER : FOG;
    const heat = sim.state.suspicion;
    this.timer.setText(this.timeText());
    // the rest is seen only through the baked picture: set only when it changes
    const showing = `${objective}|${clock}|${clockTint}|${zone}|${zoneTint}|${heat}`;
    if (showing !== this.showing) {
      this.showing = showing;
      this.objective.setText(objective);
      this.clock.setText(clock).setTint(clockTint);
      this.zone.setText(zone).setTint(zoneTint);
      this.meter.setDisplaySize(Math.round((60 * heat) / 100), 3).setVisible(heat > 0);
      this.meter.setTint(heat >= 70 ? DANGER : PAPER);
      this.meterLabel.setTint(heat >= 70 ? DANGER : FOG);
    }
    // drawn again when it changes, or when a lost WebGL context blanked the picture
    this.baked.refresh(showing);
    this.updateCaption(delta);
    this.title.update(delta);
    const line = sim.dialogue && currentLine(sim.level, sim.dialogue);
    if (line && sim.dialogue) {
      const last = sim.dialogue.line === (sim.level.dialogues[sim.dialogue.id]?.lines.length ?? 0) - 1;
      this.box.show(`${sim.dialogue.id}:${sim.dialogue.line}`, line.speaker, line.text, last);
    } else this.box.hide();
    this.box.update(delta);
    // the setting can change in the pause menu's settings: follow it
    const shown = this.inputsParam || (settingsOf(this.game)?.current.inputDisplay ?? false);
    if (shown !== this.inputsShown) this.inputs.setVisible((this.inputsShown = shown));
    if (shown) this.inputs.show(this.level.lastInput);
  }

  /**
   * The timer as the setting asks: off, the level's time, or both the level's and the run's (the run
   * only differs from the level in a full-campaign run). Fixed-width digits.
   */
  private timeText(): string {
    const level = this.level;
    const mode = settingsOf(this.game)?.current.timerMode ?? 'both';
    if (mode === 'off') return '';
    const t = formatTime(level.session.sim.tick);
    if (mode === 'level' || level.isIndividualLevel()) return t;
    return `${t}  RUN ${formatTime(level.run.timer.runTicks)}`;
  }

  /** Captions keep game time: the level's update (and so this) stops while it is paused. */
  private updateCaption(delta: number): void {
    // nothing on screen and nothing waiting: no work (setting the font and width re-measures the text)
    if (
      this.captionLeft <= 0 &&
      this.pages.length === 0 &&
      this.captions.length === 0 &&
      this.caption.text === ''
    )
      return;
    this.captionLeft -= delta;
    if (this.captionLeft <= 0) {
      // large text (a setting): captions at twice the size, two lines at a time (a longer one goes
      // on in pages) so play stays in view. The HUD bar stays 8 px: objectives run to 47 characters,
      // two lines at 16 px beside the clock, and with a caption beneath they would cover half the view.
      const large = largeText(this.game);
      if (this.pages.length === 0) {
        const next = this.captions.shift();
        const whole = next ? (next.speaker ? `${next.speaker}: ${next.text}` : next.text) : '';
        if (whole) this.pages = large ? captionPages(whole, LARGE_COLUMNS, LARGE_LINES) : [whole];
      }
      const text = this.pages.shift() ?? '';
      this.captionLeft = text ? CAPTION_MS : 0;
      this.caption
        .setFontSize(large ? TEXT_PX.large : TEXT_PX.normal)
        .setText(text)
        .setMaxWidth(VIEW_W - (large ? 16 : 48));
      this.captionBg.setVisible(text !== '');
      const w = Math.min(VIEW_W - (large ? 8 : 40), this.caption.width + 12);
      this.captionBg.setDisplaySize(w, this.caption.height + 6);
      this.captionBg.setPosition(VIEW_W / 2 - w / 2, this.caption.y - 3);
    }
  }
}
