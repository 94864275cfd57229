import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--headless"] });
const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
await page.goto(process.argv[2], { waitUntil: "networkidle" });
const wide = await page.evaluate(() => [document.documentElement.scrollWidth, ...[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > 392 && !e.closest("table"))].slice(0, 8).map(e => typeof e === "number" ? e : e.tagName + "." + (e.className?.toString?.() ?? "").slice(0, 80) + " " + Math.round(e.getBoundingClientRect().right)));
console.log(wide.join("\n"));
await page.screenshot({ path: process.argv[3], clip: { x: 0, y: 0, width: 390, height: 1600 } });
await browser.close();
