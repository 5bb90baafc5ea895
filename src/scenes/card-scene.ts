import Phaser from 'phaser';
import { toLss } from '../speedrun/lss';
import { formatTime } from '../speedrun/time';
import { downloadText } from '../ui/download';
import { Menu, type MenuItem } from '../ui/menu';
import { panel } from '../ui/panel';
import { DANGER, FOG, FONT, INK, LAMP, PAPER, VIEW_H, VIEW_W } from '../ui/palette';
import { largeText, TEXT_PX } from '../ui/text-size';
import type { LevelStart } from './level-scene';
import { activeLevel } from './levels/registry';
import { saveAt, saveOnQuit } from './campaign-flow';
import { playLevel } from './switch';
import type { Services } from './services';

export interface CardData {
  kind: 'complete' | 'solitary';
  levelId: string;
  title: string;
  /** the level's ticks, and the run's */
  ticks: number;
  runTicks: number;
  category: string;
  segments: string[];
  suspicion: number;
  /** state hash at the end, and the hash of version + maps + seed + category (for checking videos) */
  hash: string;
  build: string;
  /** '' on the official seed, else e.g. 'set seed 42': such runs are marked */
  seedNote: string;
  /** why Joe went to solitary, '' when he did not */
  caught: string;
  /** a lost attempt's heading and closing line, when it is not solitary (e.g. a missed moment) */
  head?: string;
  note?: string;
  newPb: boolean;
  /** ticks against the old PB (negative = faster), null without one or mid-run */
  delta: number | null;
  golds: number;
  sumOfBest: number | null;
  replayText: string;
  /** in a campaign, the next level to play, with the state Joe brings */
  next: LevelStart | null;
  /** a line about the run's way on, '' for none */
  wayOn: string;
  services: Services;
}

const SAVE_REPLAY = 'Save replay file';

const signed = (ticks: number) => `${ticks < 0 ? '-' : '+'}${formatTime(Math.abs(ticks))}`;

/** The card between attempts: a level done (times, best, exports) or Joe back in solitary. */
export class CardScene extends Phaser.Scene {
  constructor() {
    super('card');
  }

  create(data: CardData): void {
    const level = activeLevel(this.game);
    if (!level) return;
    // opaque: the level beneath is not to be read through the results
    panel(this, 0, 0, VIEW_W, VIEW_H, INK);
    const solitary = data.kind === 'solitary';
    const large = largeText(this.game);
    const px = large ? TEXT_PX.large : TEXT_PX.normal;
    const head = data.head ?? (solitary ? 'SOLITARY' : data.title.toUpperCase());
    this.add
      .bitmapText(VIEW_W / 2, large ? 16 : 28, FONT, head, 8)
      .setOrigin(0.5)
      .setScale(2)
      .setTint(solitary ? DANGER : PAPER);
    const lines = solitary
      ? [data.caught, data.note ?? 'Thirty days in the hole. Try it again.']
      : this.resultLines(data);
    // Large text: the build line (for checking a video, not for reading) stays small at the foot, and
    // the menu follows the lines, scrolling if a long card leaves it too little room.
    const build = large && !solitary ? lines.pop() : undefined;
    const top = large ? 30 : 46;
    const body = this.add
      .bitmapText(VIEW_W / 2, top, FONT, lines.join('\n'), px)
      .setOrigin(0.5, 0)
      .setCenterAlign()
      .setMaxWidth(VIEW_W - 16)
      .setTint(FOG);
    if (data.newPb)
      this.add
        .bitmapText(VIEW_W / 2, top, FONT, lines[0] ?? '', px)
        .setOrigin(0.5, 0)
        .setTint(LAMP);
    if (build)
      this.add
        .bitmapText(VIEW_W / 2, VIEW_H - 11, FONT, build, 8)
        .setOrigin(0.5, 0)
        .setTint(FOG);
    // Saving a file keeps the card up: the menu takes focus again after it.
    const again = (f: () => void) => () => {
      f();
      menu.focus();
    };
    // After a caught attempt, the level again; after a finished run, the run again.
    const retry = () => (solitary ? level.restart() : level.restartRun());
    const items: MenuItem[] = [];
    const next = data.next;
    if (next) {
      const title = data.services.maps.get(next.levelId)?.level.title ?? next.levelId;
      items.push({ label: `Continue: ${title}`, action: () => playLevel(this.game, next) });
    }
    items.push({ label: solitary ? 'Try again' : 'Play it again', action: retry });
    // every attempt can be saved and verified, a caught one too (it proves where and when)
    items.push({ label: SAVE_REPLAY, action: again(() => this.exportReplay(data)) });
    if (!solitary) items.push({ label: 'Save splits (.lss)', action: again(() => this.exportSplits(data)) });
    items.push({ label: 'Quit to title', action: () => this.quit(data) });
    // large text: as many 16 px rows as fit above the build line (14 px from the foot); fewer scroll
    const menuY = Math.min(Math.round(top + body.height + 6), VIEW_H - 14 - 16);
    const rows = Math.max(1, Math.floor((VIEW_H - 14 - 16 - menuY) / 18) + 1);
    const longest = Math.max(...items.map((i) => (typeof i.label === 'string' ? i.label.length : 0)));
    const menu = new Menu(this, VIEW_W / 2 - 50, 136, items, 11, {
      x: Math.round(VIEW_W / 2 - (14 + longest * 12) / 2),
      y: menuY,
      lineHeight: 18,
      rows,
    });
    // A finished run's card opens on saving its replay, not on throwing the card away: the key that
    // closed the credits, or a stray second press, must cost nothing.
    if (!solitary && !next) menu.select(items.findIndex((i) => i.label === SAVE_REPLAY));
    menu.focusAfterRelease();
    // R: at once for a speedrunner (arrows may still be held), but not an R held from before
    let retried = false;
    let armed = false;
    this.time.delayedCall(100, () => (armed = true));
    this.input.keyboard?.on('keydown-R', (e: KeyboardEvent) => {
      if (!armed || e.repeat || retried) return;
      retried = true;
      retry();
    });
  }

  private resultLines(d: CardData): string[] {
    const lines = [
      `${d.newPb ? 'NEW BEST  ' : ''}Time ${formatTime(d.category === 'campaign' ? d.runTicks : d.ticks)}`,
    ];
    if (d.delta !== null) lines.push(`against your best ${signed(d.delta)}`);
    if (d.golds > 0) lines.push(`${d.golds} gold segment${d.golds > 1 ? 's' : ''}`);
    if (d.sumOfBest !== null) lines.push(`sum of best ${formatTime(d.sumOfBest)}`);
    lines.push(`Heat ${d.suspicion} / 100`);
    if (d.wayOn) lines.push(d.wayOn);
    if (d.seedNote) lines.push(d.seedNote.toUpperCase());
    lines.push(`build ${d.build}   run ${d.hash}`);
    return lines;
  }

  private exportReplay(d: CardData): void {
    downloadText(
      `westgate-${d.levelId}-${formatTime(d.ticks).replace(/[:.]/g, '-')}.replay.json`,
      d.replayText,
    );
  }

  private exportSplits(d: CardData): void {
    const records = d.services.speedrun?.records.load(d.category, d.segments);
    if (records)
      downloadText(
        `westgate-${d.category}.lss`,
        toLss(records, d.category === 'campaign' ? 'Full campaign' : d.title),
        'application/xml',
      );
  }

  /** To the title; a campaign run is saved where it stands: the next level, or this one again. */
  private quit(data: CardData): void {
    const level = activeLevel(this.game);
    if (data.next?.run && data.next.start) saveAt(data.next.run, data.next.levelId, data.next.start);
    else if (level) saveOnQuit(level.run, level.session);
    const services = data.services;
    if (level) this.scene.stop(level.scene.key);
    this.scene.start('title', { services });
  }
}
