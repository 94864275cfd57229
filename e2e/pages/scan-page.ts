import type { Locator, Page } from "@playwright/test";

export class ScanPage {
  constructor(readonly page: Page) {}

  status(): Locator {
    return this.page.getByRole("status");
  }

  region(name: string): Locator {
    return this.page.getByRole("progressbar", { name: new RegExp(`^${name}: `) });
  }

  foundSoFar(): Locator {
    return this.page.getByRole("region", { name: "Found so far" });
  }

  async cancel(): Promise<void> {
    await this.page.getByRole("button", { name: "Cancel scan" }).click();
  }
}
