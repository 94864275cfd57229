import { expect, type Locator, type Page } from "@playwright/test";

type FilePayload = { name: string; mimeType: string; buffer: Buffer };

export class TrailPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/trail");
    await expect(this.heading()).toBeVisible();
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: "CloudTrail explainer" });
  }

  async open(files: string[] | FilePayload[]): Promise<void> {
    await this.page.getByLabel("CloudTrail files", { exact: true }).setInputFiles(files);
  }

  /** Drops a file on the drop zone, as dragging it from a file manager does. */
  async drop(name: string, text: string): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ([fileName, content]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], fileName, { type: "application/json" }));
        return transfer;
      },
      [name, text],
    );
    await this.page.getByText("Drop CloudTrail files here").locator("..").dispatchEvent("drop", { dataTransfer });
  }

  async paste(text: string): Promise<void> {
    await this.page.getByLabel("Or paste records").fill(text);
    await this.page.getByRole("button", { name: "Explain pasted records" }).click();
  }

  /** The card of one file or paste, found by its name. */
  file(name: string): Locator {
    return this.page
      .getByRole("region", { name: /^Read in this tab/ })
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { level: 3, name, exact: true }) });
  }

  async expectRead(name: string): Promise<void> {
    await expect(this.file(name)).toHaveAttribute("aria-busy", "false");
  }

  events(): Locator {
    return this.page.getByRole("region", { name: "Events" }).getByRole("article");
  }

  event(name: string): Locator {
    return this.events().filter({ has: this.page.getByRole("heading", { level: 3, name, exact: true }) });
  }

  /** The identity type badge (Root, AssumedRole, …) as a user reads it. */
  async actorType(event: Locator): Promise<string> {
    const text = await event.getByText(/^Identity type \S/).textContent();
    return (text ?? "").replace(/^Identity type\s*/, "").trim();
  }

  loggingChange(event: Locator): Locator {
    return event.getByRole("group", { name: "Change to logging" });
  }

  countLine(): Locator {
    return this.page
      .getByRole("region", { name: "Events" })
      .getByText(/^[\d,]+ events?( of [\d,]+ match)?(; showing the first [\d,]+)?\.$/);
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole("searchbox", { name: "Search events" }).fill(text);
  }

  async changesOnly(on = true): Promise<void> {
    await this.page.getByRole("checkbox", { name: "Changes to logging only" }).setChecked(on);
  }

  whereNotes(): Locator {
    return this.page.getByRole("region", { name: "Where is my event?" });
  }

  note(title: string): Locator {
    return this.whereNotes().getByRole("listitem").filter({ hasText: title });
  }

  async lookFor(eventName: string): Promise<void> {
    await this.page.getByLabel("Event name", { exact: true }).fill(eventName);
  }
}
