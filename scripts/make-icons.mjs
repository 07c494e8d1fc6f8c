// Renders assets/icon.svg to the PNG sizes the manifest names, with headless Chromium.
// Run once after changing the SVG: node scripts/make-icons.mjs
import { chromium } from "playwright-core";
import { readFile } from "node:fs/promises";

// 16, 20, 24, 32, 40, 48, 64 and 80 px are the ribbon sizes the icon guidance lists (learn.microsoft.com
// "Icons" for Office Add-ins: 16, 20, 24, 32, 40, 48, 64, 80); 128 is the store icon.
const sizes = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const svg = await readFile(new URL("../assets/icon.svg", import.meta.url), "utf8");
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`
    );
    await page.screenshot({
      path: new URL(`../assets/icon-${size}.png`, import.meta.url).pathname,
      omitBackground: true,
    });
    await page.close();
  }
} finally {
  await browser.close();
}
