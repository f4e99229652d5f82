import type { Page } from 'playwright-core';
import { EDITOR } from './meetingPage';

/** Selects one word of the body, as a reader marks what a remark is about (works in a read-only editor too). */
export async function selectWord(page: Page, word: string): Promise<void> {
  await page
    .locator(`${EDITOR} p`, { hasText: word })
    .first()
    .evaluate((paragraph, target) => {
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(target) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + target.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return;
      }
      throw new Error(`${target} is not in the paragraph`);
    }, word);
}
