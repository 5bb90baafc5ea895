import Phaser from 'phaser';
import { hintLine } from '../input/device';
import { followDevice } from '../ui/follow-device';
import { Menu, type MenuItem } from '../ui/menu';
import { addFilmLook } from '../ui/noir';
import { FOG, LAMP, FONT, PAPER, VIEW_H, VIEW_W } from '../ui/palette';
import { Rain } from '../ui/rain';
import { largeText, TEXT_PX } from '../ui/text-size';
import { LEVELS } from '../speedrun/levels';
import { settingsOf } from '../settings/link';
import { readSave, type CampaignSave } from '../speedrun/save';
import { browserStore } from '../ui/browser-store';
import { campaignSegments, saveProblem } from './campaign-flow';
import { resumedRun } from './run-context';
import type { Services } from './services';
import { playLevel } from './switch';

/** The key-hint footer's top line; every menu page ends above it, whatever its length. */
const FOOTER_Y = VIEW_H - 12;
const LINE = 12;
const MENU_X = 24;
/** The last item's top: a page of n items starts at MENU_BOTTOM - (n - 1) * LINE. */
const MENU_BOTTOM = FOOTER_Y - 18;
/** The same at large text: 16 px rows 18 apart, the last one ending above the footer. */
const LARGE_LINE = 18;
const LARGE_BOTTOM = FOOTER_Y - 22;

type Page = 'main' | 'levels' | 'confirm';

/** The title card: the prison in the rain, the name, and the way in. */
export class TitleScene extends Phaser.Scene {
  private rain?: Rain;
  private menus = new Map<Page, Menu>();
  private page: Page = 'main';
  private question?: Phaser.GameObjects.BitmapText;

  constructor() {
    super('title');
  }

  create(data: { services: Services }): void {
    const { services } = data;
    this.add.image(0, 0, 'title').setOrigin(0);
    this.rain = new Rain(this, VIEW_W, VIEW_H, 70, 10);
    const title = this.add
      .bitmapText(VIEW_W / 2, 30, FONT, 'WESTGATE', 8)
      .setOrigin(0.5)
      .setScale(4)
      .setTint(PAPER);
    title.setLetterSpacing(2);
    this.add
      .bitmapText(VIEW_W / 2, 56, FONT, 'A PRISON BREAK  ·  1947', 8)
      .setOrigin(0.5)
      .setTint(FOG);
    const read = readSave(browserStore);
    const unplayable = read?.ok ? saveProblem(read.save, services) : null;
    const saved = read?.ok && unplayable ? { ok: false as const, problem: unplayable } : read;
    const resume = saved?.ok ? saved.save : null;
    this.buildMenus(services, resume);
    this.showNotices(saved && !saved.ok ? saved.problem : null);
    if (read && !read.ok && read.detail) console.warn(`[westgate] the save cannot be read: ${read.detail}`);
    const keys = this.add
      .bitmapText(VIEW_W - 8, FOOTER_Y, FONT, '', 8)
      .setOrigin(1, 0)
      .setTint(FOG)
      .setAlpha(0.8);
    followDevice(this, keys, () =>
      hintLine(this.game, [
        ['move', 'move'],
        ['run', 'run'],
        ['interact', 'talk'],
        ['skip', 'skip'],
        ['restart', 'restart'],
      ]),
    );
    addFilmLook(this, VIEW_W, VIEW_H);
    this.cameras.main.fadeIn(600);
  }

  /**
   * Three short pages instead of one long list, so the menu fits the 384 x 216 view at any window
   * size: the way in, the level select, and the question before a new game replaces a saved run.
   */
  private buildMenus(services: Services, resume: CampaignSave | null): void {
    this.menus.clear();
    // the question is made only when there is a save: never keep the last title's (destroyed) one
    this.question = undefined;
    this.page = 'main';
    const levelTitle = (id: string) => services.maps.get(id)?.level.title ?? id;
    const newGame = () => this.startLevel(services, LEVELS[0]?.id ?? 'cell', true);
    const main: MenuItem[] = [
      ...(resume
        ? [
            {
              label: `Continue: ${levelTitle(resume.levelId)}`,
              action: () => this.continueRun(services, resume),
            },
          ]
        : []),
      {
        label: 'New game',
        // a saved run is not thrown away without asking
        action: () => (resume ? this.showPage('confirm') : newGame()),
        stay: resume !== null,
      },
      { label: 'Level select…', action: () => this.showPage('levels'), stay: true },
      { label: 'Settings', action: () => this.openSettings() },
    ];
    const levels: MenuItem[] = [
      ...LEVELS.map((l) => ({ label: levelTitle(l.id), action: () => this.startLevel(services, l.id) })),
      { label: 'Back', action: () => this.showPage('main'), stay: true },
    ];
    // No first: the safe answer is the one a stray Enter takes
    const confirm: MenuItem[] = [
      { label: 'No, keep it', action: () => this.showPage('main'), stay: true },
      { label: 'Yes, start over', action: newGame },
    ];
    for (const [page, items] of [
      ['main', main],
      ['levels', levels],
      ['confirm', confirm],
    ] as const) {
      const menu = new Menu(this, MENU_X, MENU_BOTTOM - (items.length - 1) * LINE, items, LINE, {
        x: MENU_X,
        y: LARGE_BOTTOM - (items.length - 1) * LARGE_LINE,
        lineHeight: LARGE_LINE,
      });
      menu.onBack = () => this.back();
      this.menus.set(page, menu);
    }
    if (resume)
      this.question = this.add
        .bitmapText(
          MENU_X,
          MENU_BOTTOM - LINE - 26,
          FONT,
          `Start over? Your saved run at ${levelTitle(resume.levelId)} will be lost.`,
          8,
        )
        .setMaxWidth(VIEW_W - 2 * MENU_X)
        .setTint(PAPER)
        .setDepth(1000);
    this.sizeQuestion();
    this.input.keyboard?.on('keydown-ESC', () => this.back());
    this.showPage('main', true);
    // back from settings: the menu takes keys again, at the text size chosen there
    const refocus = () => {
      this.sizeQuestion();
      this.menus.get(this.page)?.focus();
    };
    this.events.on(Phaser.Scenes.Events.RESUME, refocus);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
      this.events.off(Phaser.Scenes.Events.RESUME, refocus),
    );
  }

  /** The question over "No, keep it": at large text three lines of 16 px above the two answers. */
  private sizeQuestion(): void {
    const large = largeText(this.game);
    this.question
      ?.setFontSize(large ? TEXT_PX.large : TEXT_PX.normal)
      .setY(large ? LARGE_BOTTOM - LARGE_LINE - 64 : MENU_BOTTOM - LINE - 26);
  }

  /** `now`: focus at once (the first page, before any key was pressed on this scene). */
  private showPage(page: Page, now = false): void {
    this.page = page;
    for (const [p, menu] of this.menus) {
      menu.setVisible(p === page);
      menu.blur();
    }
    this.question?.setVisible(page === 'confirm');
    if (now) {
      this.menus.get(page)?.focus();
      return;
    }
    // a frame later: the key that switched pages must not also act on the new page
    this.time.delayedCall(0, () => {
      if (this.page === page) this.menus.get(page)?.focus();
    });
  }

  /** Esc or the pad's B: from a sub-page back to the first. */
  private back(): void {
    if (this.page !== 'main' && this.scene.isActive()) this.showPage('main');
  }

  /** A reset settings copy and an unreadable save are both news: each gets its line. */
  private showNotices(saveProblemText: string | null): void {
    const notices = [
      settingsOf(this.game)?.takeNotice(),
      saveProblemText
        ? `The saved game cannot be read (${saveProblemText}). It stays as it is until a new game saves over it.`
        : null,
    ].filter((n): n is string => Boolean(n));
    if (notices.length === 0) return;
    // not DANGER: red only ever means danger in play; this is news, and it fades
    const text = this.add
      .bitmapText(VIEW_W / 2, 70, FONT, notices.join('\n'), 8)
      .setMaxWidth(VIEW_W - 48)
      .setCenterAlign()
      .setOrigin(0.5, 0)
      .setTint(LAMP);
    this.tweens.add({ targets: text, alpha: 0, delay: 8000, duration: 1000 });
  }

  override update(_time: number, delta: number): void {
    this.rain?.update(delta);
  }

  private openSettings(): void {
    this.scene.pause();
    this.scene.launch('settings', { from: 'title' });
  }

  /** Continue: the campaign run from the level it was saved at, clock and replay as they were. */
  private continueRun(services: Services, save: CampaignSave): void {
    const run = resumedRun(save, campaignSegments(services));
    this.cameras.main.fadeOut(250);
    this.cameras.main.once(Phaser.Cameras.Scene2D.Events.FADE_OUT_COMPLETE, () => {
      playLevel(this.game, { services, levelId: save.levelId, start: save.start, run, campaign: true });
    });
  }

  /** New game runs the full campaign; a level from the list is played (and timed) alone. */
  private startLevel(services: Services, levelId: string, campaign = false): void {
    this.cameras.main.fadeOut(250);
    this.cameras.main.once(Phaser.Cameras.Scene2D.Events.FADE_OUT_COMPLETE, () => {
      playLevel(this.game, { services, levelId, start: null, campaign });
    });
  }
}
