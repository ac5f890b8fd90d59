// Debian's Chromium driven by playwright-core (it never downloads a
// browser). The flags keep Chromium off the network it cannot reach.
import { chromium } from "playwright-core";

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

// Pastes into a textarea the way a clipboard does: a paste event with the
// data, which the page inserts itself. Playwright selectors reach into open
// shadow roots, so "relief-annotator .relief-textarea" works.
export async function paste(page, selector, data) {
  const target = await page.waitForSelector(selector);
  await target.focus();
  await target.evaluate((element, data) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
    element.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}
