import { expect, test } from "@playwright/test";
import { WizardPage } from "./pages/wizard-page";
import { expectNoAxeViolations, watchPage } from "./support/checks";

const stepSlugs = [
  "sts",
  "logging-role",
  "account-setting",
  "stage-logging",
  "overrides",
  "access-logging",
  "unlogged-requests",
  "history",
];
const stages = ["us-east-1/k7x2m9q4tb/staging", "us-east-1/h5c2r8z1jq/$default", "eu-west-1/n4o6t8i2fy/prod"];

// One test per group of pages, so a slow machine spends its time budget per group, not on all 31 pages at once.
const pageGroups: [string, string[]][] = [
  [
    "start, CloudTrail explainer and overview",
    ["/", "/trail", "/diagnose/demo", "/diagnose/demo?health=problems&type=REST&q=api"],
  ],
  [
    "a region's page and an unreadable API's page",
    ["/diagnose/demo/eu-west-1", "/diagnose/demo/ap-southeast-2/b3l5n7g9xz"],
  ],
  ...stages.map((stage): [string, string[]] => [
    `stage ${stage}: summary and each wizard step`,
    [
      `/diagnose/demo/${stage}`,
      ...stepSlugs.map((step) => `/diagnose/demo/${stage}/${step}?symptom=413&symptom=test-invoke`),
    ],
  ]),
];

// Dark mode follows the system setting, so every page is checked in both schemes (contrast above all).
for (const scheme of ["light", "dark"] as const) {
  for (const [name, pages] of pageGroups) {
    test(`zero axe violations (${scheme}): ${name}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      const watched = watchPage(page);
      for (const url of pages) {
        await page.goto(url);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page, `${url} (${scheme})`);
      }
      expect(watched.problems).toEqual([]);
    });
  }
}

test("unknown and malformed addresses get an accessible 404 page, never a crash", async ({ page }) => {
  const addresses = [
    "/diagnose/AAAAAAAAAAAAAAAAAAAAAA",
    "/diagnose/..%2F..%2Fetc%2Fpasswd",
    "/diagnose/demo/us-east-1/nope/prod",
    "/diagnose/demo/us-east-1/k7x2m9q4tb/prod/no-such-step",
    "/diagnose/demo/mars-north-1/k7x2m9q4tb/prod",
    "/scan/AAAAAAAAAAAAAAAAAAAAAA",
    "/no/such/page",
  ];
  for (const address of addresses) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "This page does not exist" })).toBeVisible();
    await expectNoAxeViolations(page, `404 at ${address}`);
  }
});

test("the wizard works with the keyboard alone: tab to the controls, Enter to follow them", async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto("/diagnose/demo/ap-southeast-2/r5p7o9r1ts/v1");
  await page.locator("body").focus();

  const tabTo = async (name: RegExp) => {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => ({
        text: document.activeElement?.textContent?.trim() ?? "",
        outline: getComputedStyle(document.activeElement!).outlineStyle,
      }));
      if (name.test(focused.text)) {
        expect(focused.outline, `focus on "${focused.text}" is visible`).not.toBe("none");
        return;
      }
    }
    throw new Error(`no focusable element named ${name}`);
  };

  await tabTo(/^Walk through all 8 steps/);
  await page.keyboard.press("Enter");
  await wizard.expectStep(1, 8, "AWS STS in the region");
  for (let step = 2; step <= 8; step++) {
    await tabTo(/^Next:/);
    await page.keyboard.press("Enter");
    await expect(wizard.stepCounter()).toHaveText(`Step ${step} of 8`);
  }
  // The fix tabs move with the arrow keys.
  await page.goto("/diagnose/demo/ap-southeast-2/r5p7o9r1ts/v1/stage-logging");
  await page.getByRole("tab", { name: "AWS CLI" }).first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Console" }).first()).toBeFocused();
  await expect(page.getByRole("tab", { name: "Console" }).first()).toHaveAttribute("aria-selected", "true");
  await tabTo(/^Finish|^Next:/);
  await page.keyboard.press("Enter");
  await expect(wizard.stepCounter()).toHaveText("Step 5 of 8");
});

test("after Next and Back the new step's heading has the focus, and ←/→ move between steps", async ({ page }) => {
  const wizard = new WizardPage(page);
  const stage = "/diagnose/demo/us-east-1/k7x2m9q4tb/staging";
  const heading = page.locator("#step-title");
  await page.goto(`${stage}/sts`);
  // A step opened fresh leaves the focus where the browser puts it.
  await expect(heading).not.toBeFocused();

  await wizard.next();
  await expect(page).toHaveURL(`${stage}/logging-role`);
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText("The logging role");

  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(`${stage}/account-setting`);
  await expect(heading).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(`${stage}/logging-role`);
  await expect(heading).toBeFocused();
  await page
    .getByRole("navigation", { name: "Step navigation" })
    .getByRole("link", { name: /^Back:/ })
    .click();
  await expect(page).toHaveURL(`${stage}/sts`);
  await expect(heading).toBeFocused();

  // With a modifier, or in a form control, the arrows keep their usual meaning: the plain press after each lands on
  // the step right after, which it would overshoot had the first press moved too.
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(`${stage}/logging-role`);
  await page.goto(`${stage}/unlogged-requests`);
  await page.getByRole("checkbox").first().focus();
  await page.keyboard.press("ArrowRight");
  await page.locator("#step-title").focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(`${stage}/history`);
});
