import type { Locator, Page } from "@playwright/test";

type Source = "Demo account" | "Upload a capture" | "Live AWS account";
type FilePayload = { name: string; mimeType: string; buffer: Buffer };

export class StartPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/");
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: "Log Doctor" });
  }

  source(name: Source): Locator {
    return this.page.getByRole("radio", { name: new RegExp(`^${name}`) });
  }

  async choose(name: Source): Promise<void> {
    await this.page
      .locator("label")
      .filter({ has: this.source(name) })
      .click();
  }

  async openDemo(): Promise<void> {
    await this.choose("Demo account");
    await this.page.getByRole("link", { name: "Open the demo account" }).click();
  }

  async upload(file: string | FilePayload): Promise<void> {
    await this.choose("Upload a capture");
    await this.page.getByLabel("Capture file", { exact: true }).setInputFiles(file);
  }

  uploadError(): Locator {
    return this.page.getByRole("alert").filter({ hasText: "cannot be diagnosed" });
  }

  async startLiveScan(profile: string, regions: string[]): Promise<void> {
    await this.choose("Live AWS account");
    await this.page.getByLabel("AWS profile").selectOption(profile);
    const boxes = this.page.getByRole("group", { name: /Regions to scan/ }).getByRole("checkbox");
    for (const box of await boxes.all())
      await box.setChecked(regions.includes((await box.locator("xpath=..").innerText()).trim()));
    await this.page.getByRole("button", { name: "Start read-only scan" }).click();
  }
}
