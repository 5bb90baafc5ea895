/**
 * npm run screenshot:title (after `npm run build`): the README's title screenshot,
 * assets/screenshots/title.png, taken from the production build in Chromium at twice the view's size
 * (768 x 432), once the fade-in is over. Run it again after changing the title screen.
 */
import { serveDist, launch } from './harness';

const OUT = 'assets/screenshots/title.png';

const server = await serveDist();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 768, height: 432 } });
  await page.goto(server.url);
  await page.waitForFunction(() => {
    const w = window as unknown as { westgate?: { menus: () => string[] } };
    return w.westgate?.menus().includes('title') ?? false;
  });
  await page.waitForTimeout(1500); // the fade-in, and rain on the screen
  await page.locator('canvas').screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}
