import { expect, type Locator, type Page } from "@playwright/test";
import type { VerdictRow } from "../support/reports";

/** A saved report as its reader sees it. */
export class ReportPage {
  readonly title: Locator;
  readonly verdictTable: Locator;
  readonly copyLink: Locator;
  readonly downloadMarkdown: Locator;
  readonly downloadJson: Locator;
  readonly print: Locator;
  readonly redactionNote: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole("heading", { level: 1 });
    this.verdictTable = page.getByRole("table", { name: "Verdicts per API stage" });
    this.copyLink = page.getByRole("button", { name: "Copy the link to this report" });
    this.downloadMarkdown = page.getByRole("link", { name: "Download Markdown" });
    this.downloadJson = page.getByRole("link", { name: "Download JSON" });
    this.print = page.getByRole("button", { name: "Print" });
    this.redactionNote = page.getByText(/are masked \(account-1, ip-1/);
  }

  async goto(id: string) {
    const response = await this.page.goto(`/reports/${id}`);
    await expect(this.title).toBeVisible();
    return response;
  }

  /** Each row of the verdict table: where, which stage, and both verdicts. */
  async verdictRows(): Promise<VerdictRow[]> {
    return this.verdictTable.locator("tbody tr").evaluateAll((rows) =>
      rows.map((row) => {
        const verdicts = [...row.querySelectorAll("[data-verdict]")].map(
          (pill) => pill.getAttribute("data-verdict") ?? "",
        );
        const el = row as HTMLElement;
        return {
          region: el.dataset.region ?? "",
          api: el.dataset.api ?? "",
          stage: el.dataset.stage ?? "",
          execution: verdicts[0] ?? "",
          access: verdicts[1] ?? "",
        };
      }),
    );
  }

  /** The check ids of the findings the page shows in full, once each, sorted. */
  async findingChecks(): Promise<string[]> {
    const checks = await this.page
      .locator("article[data-check]")
      .evaluateAll((articles) => articles.map((a) => a.getAttribute("data-check") ?? ""));
    return [...new Set(checks)].sort();
  }

  stageSection(apiId: string, stage: string): Locator {
    return this.page.locator(`section[data-api="${apiId}"][data-stage="${stage}"]`);
  }
}
