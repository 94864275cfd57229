import { expect, type Locator, type Page } from "@playwright/test";

/** A stage's summary page and its checklist steps. */
export class WizardPage {
  constructor(readonly page: Page) {}

  title(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  verdict(kind: "Execution" | "Access"): Locator {
    return this.page
      .locator("dl")
      .filter({ hasText: `${kind} logs` })
      .first()
      .locator("dd");
  }

  progress(): Locator {
    return this.page.getByRole("navigation", { name: "Checklist steps" });
  }

  stepCounter(): Locator {
    return this.page.getByText(/^Step \d+ of \d+$/);
  }

  stepHeading(): Locator {
    return this.page.getByRole("heading", { level: 2 }).first();
  }

  async stepStatus(): Promise<string> {
    return (await this.page.locator("#step-title + span").innerText()).trim();
  }

  findings(): Locator {
    return this.page.locator("article[data-check]");
  }

  rootCause(): Locator {
    return this.page.getByRole("region", { name: "Root cause and fix" });
  }

  nextLink(): Locator {
    return this.page.getByRole("navigation", { name: "Step navigation" }).getByRole("link", { name: /^(Next|Finish)/ });
  }

  async start(): Promise<void> {
    await this.page.getByRole("link", { name: /^Walk through all \d+ steps/ }).click();
  }

  async next(): Promise<void> {
    await this.nextLink().click();
  }

  async expectStep(number: number, total: number, title: string): Promise<void> {
    await expect(this.stepCounter()).toHaveText(`Step ${number} of ${total}`);
    await expect(this.page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  }

  async fixTab(
    name: "AWS CLI" | "Console" | "CloudFormation" | "Terraform",
    scope: Locator = this.page.locator("main"),
  ): Promise<Locator> {
    await scope.getByRole("tab", { name }).first().click();
    return scope.getByRole("tabpanel").first();
  }
}
