import Phaser from 'phaser';
import { hintLine } from '../input/device';
import { settingsOf } from '../settings/link';
import { CREDITS, endingCards, summaryLines, type EndingCard } from '../speedrun/ending-text';
import type { GameState } from '../state/game-state';
import { followDevice } from '../ui/follow-device';
import { FOG, FONT, INK, LAMP, PAPER, VIEW_H, VIEW_W } from '../ui/palette';
import { largeText, TEXT_PX } from '../ui/text-size';
import type { CardData } from './card-scene';

export interface EndingData {
  ending: 'source' | 'dawn';
  state: GameState;
  /** the results card shown after the summary */
  card: CardData;
}

/** Characters a second of the typewriter (instant text in the settings shows each card whole). */
const CPS = 40;

/**
 * The break's ending: typewriter captions on black, then the campaign summary and the credits, then
 * the results card. Presentation only: the ending was chosen by the game state (state/ending.ts).
 */
export class EndingScene extends Phaser.Scene {
  private cards: EndingCard[] = [];
  private index = 0;
  private head!: Phaser.GameObjects.BitmapText;
  private body!: Phaser.GameObjects.BitmapText;
  private hint!: Phaser.GameObjects.BitmapText;
  private text = '';
  private shown = 0;
  private ending!: EndingData;
  private large = false;

  constructor() {
    super('ending');
  }

  create(data: EndingData): void {
    this.ending = data;
    const time = data.card.category === 'campaign' ? data.card.runTicks : data.card.ticks;
    this.cards = [
      ...endingCards(data.ending, data.state.minute),
      { head: 'THE BREAK', lines: summaryLines(data.state, time, data.ending) },
      { head: '', lines: CREDITS },
    ];
    this.index = 0;
    this.add.rectangle(0, 0, VIEW_W, VIEW_H, INK, 1).setOrigin(0);
    // large text: 16 px from higher up, so the summary (seven lines once wrapped at 30 characters)
    // ends above the hint
    const large = (this.large = largeText(this.game));
    const px = large ? TEXT_PX.large : TEXT_PX.normal;
    this.head = this.add
      .bitmapText(VIEW_W / 2, large ? 26 : 54, FONT, '', px)
      .setOrigin(0.5)
      .setTint(FOG);
    this.body = this.add
      .bitmapText(VIEW_W / 2, large ? 44 : 74, FONT, '', px)
      .setOrigin(0.5, 0)
      .setCenterAlign()
      .setMaxWidth(VIEW_W - (large ? 16 : 48))
      .setTint(PAPER);
    this.hint = this.add
      .bitmapText(VIEW_W - 10, VIEW_H - 14, FONT, '', 8)
      .setOrigin(1, 0)
      .setTint(FOG);
    followDevice(this, this.hint, () => hintLine(this.game, [['interact', 'next']]));
    const kb = this.input.keyboard;
    for (const key of ['keydown-E', 'keydown-ENTER', 'keydown-SPACE', 'keydown-X'])
      kb?.on(key, () => this.advance());
    this.input.gamepad?.on(Phaser.Input.Gamepad.Events.BUTTON_DOWN, () => this.advance());
    this.show();
    this.cameras.main.fadeIn(600);
  }

  private show(): void {
    const card = this.cards[this.index];
    if (!card) return;
    this.head.setText(card.head);
    // large: a caption's two lines keep their blank line between; the summary and the credits (more
    // lines, some wrapping) are set close
    this.text = card.lines.join(this.large && card.lines.length > 2 ? '\n' : '\n\n');
    const instant = settingsOf(this.game)?.current.dialogueSpeed === 'instant';
    this.shown = instant ? this.text.length : 0;
    this.body.setText(this.text.slice(0, this.shown));
    // the summary's title in lamplight: the one warm line of the whole ending
    this.head.setTint(card.head === 'THE BREAK' ? LAMP : FOG);
  }

  private advance(): void {
    if (this.shown < this.text.length) {
      this.shown = this.text.length;
      this.body.setText(this.text);
      return;
    }
    this.index++;
    if (this.index < this.cards.length) {
      this.show();
      return;
    }
    this.scene.launch('card', this.ending.card);
    this.scene.stop();
  }

  override update(_time: number, delta: number): void {
    if (this.shown >= this.text.length) {
      this.hint.setVisible(true);
      return;
    }
    this.hint.setVisible(false);
    this.shown = Math.min(this.text.length, this.shown + Math.max(1, Math.round((delta * CPS) / 1000)));
    this.body.setText(this.text.slice(0, this.shown));
  }
}
