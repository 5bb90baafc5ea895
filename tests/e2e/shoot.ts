// Ad-hoc screenshot tool (not a test): npx tsx tests/e2e/shoot.ts OUT_DIR
import { launch, serveDist } from './harness';
const out = process.argv[2] ?? '/tmp/shots';
const server = await serveDist();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1152, height: 648 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto(server.url);
await page.waitForTimeout(2500);
await page.screenshot({ path: `${out}/1-title.png` });
await page.keyboard.press('Enter');
await page.waitForTimeout(1500);
await page.screenshot({ path: `${out}/2-start.png` });
const hold = async (k: string, ms: number) => {
  await page.keyboard.down(k);
  await page.waitForTimeout(ms);
  await page.keyboard.up(k);
};
await hold('ArrowLeft', 1100);
await hold('ArrowDown', 1500);
await page.screenshot({ path: `${out}/3-walkway.png` });
await hold('ArrowRight', 900);
await page.waitForTimeout(1200);
await page.screenshot({ path: `${out}/4-yard.png` });
await browser.close();
await server.close();
