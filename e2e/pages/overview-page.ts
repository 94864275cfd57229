import { expect, type Locator, type Page } from "@playwright/test";

export interface StageRow {
  region: string;
  apiName: string;
  apiId: string;
  stage: string;
  execution: string;
  access: string;
  /** The first cause's label, or "None found". */
  cause: string;
}

export class OverviewPage {
  constructor(readonly page: Page) {}

  async goto(source: string): Promise<void> {
    await this.page.goto(`/diagnose/${source}`);
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 2, name: "API stages" })).toBeVisible();
  }

  summaryLine(): Locator {
    return this.page.getByText(/stages? in \d+ APIs? across/);
  }

  regionProblems(): Locator {
    return this.page.getByRole("region", { name: "Region-wide problems" });
  }

  table(): Locator {
    return this.page.getByRole("table");
  }

  /** The rows as a user reads them (visible text; the screen-reader prefixes of the badges removed). */
  async rows(): Promise<StageRow[]> {
    const rows = this.table().locator("tbody tr");
    const result: StageRow[] = [];
    for (const row of await rows.all()) {
      const cells = (await row.locator("td").allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
      const [region, api, stage, execution, access, cause] = cells;
      const [apiLine, idLine = ""] = (await row.locator("td").nth(1).innerText()).split("\n");
      result.push({
        region,
        apiName: apiLine.trim(),
        apiId: idLine.split("·")[0].trim(),
        stage: stage.replace(/ of .* in .*$/, ""),
        execution: execution.replace(/^Execution logs: /, ""),
        access: access.replace(/^Access logs: /, ""),
        cause: cause.replace(/^(Fail|Warning|Could not check|Info|Pass): /, "").replace(/ ?\+\d+ more$/, ""),
      });
      void api;
    }
    return result;
  }

  async filterVerdict(label: string): Promise<void> {
    await this.page.getByLabel("Verdict").selectOption({ label });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole("searchbox", { name: "Search" }).fill(text);
  }

  async openStage(apiName: string, stage: string, region: string): Promise<void> {
    await this.page.getByRole("link", { name: `${stage} of ${apiName} in ${region}`, exact: true }).click();
  }
}
