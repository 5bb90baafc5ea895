import Phaser from 'phaser';

/**
 * Objects drawn into one texture only when what they show changes, and that texture shown as one
 * image, where each would otherwise be drawn every frame (a line of text is a quad a letter). The
 * main camera skips the objects themselves: they stay in the display list, visible, so the page probe
 * and layout checks still read them.
 */
export class BakedLayer {
  readonly image: Phaser.GameObjects.RenderTexture;
  /** what the objects showed when last drawn */
  private shown: string | null = null;

  /** `objects` drawn where they stand, into a texture covering the screen's w x h top-left corner. */
  constructor(
    scene: Phaser.Scene,
    private readonly objects: Phaser.GameObjects.GameObject[],
    w: number,
    h: number,
  ) {
    this.image = scene.add.renderTexture(0, 0, w, h).setOrigin(0, 0).setScrollFactor(0);
    scene.cameras.main.ignore(objects);
    onContextRestored(scene, () => (this.shown = null));
  }

  /** Draws the shown objects again if `showing` (a summary of all they show, shown or not) changed. */
  refresh(showing: string): void {
    if (showing === this.shown) return;
    this.shown = showing;
    // a texture draws every object it is given, shown or not
    this.image
      .clear()
      .draw(this.objects.filter((o) => (o as Phaser.GameObjects.Image).visible))
      .render();
  }
}

/** Calls `fn` when the WebGL context comes back after a loss, for as long as the scene runs. */
export function onContextRestored(scene: Phaser.Scene, fn: () => void): void {
  const renderer = scene.game.renderer;
  renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, fn);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
    renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, fn),
  );
}
