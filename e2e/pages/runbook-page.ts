import type { Locator, Page } from "@playwright/test";

/** A runbook link as the on-call engineer sees it. */
export class RunbookPage {
  readonly answer: Locator;
  readonly save: Locator;
  readonly redact: Locator;
  readonly savedLink: Locator;
  readonly verdictTable: Locator;

  constructor(readonly page: Page) {
    this.answer = page.locator("#answer-title");
    this.save = page.getByRole("button", { name: "Save as report" });
    this.redact = page.getByRole("checkbox", { name: /Mask account ids/ });
    this.savedLink = page.getByRole("status").getByRole("link");
    this.verdictTable = page.getByRole("table", { name: "Verdicts per API stage" });
  }

  goto(url: string) {
    return this.page.goto(url);
  }

  /** The answer for each log kind, as the first section words it ("Execution logs", "missing", "because …"). */
  kindAnswers(): Locator {
    return this.page.locator("section[data-tone] li");
  }
}
