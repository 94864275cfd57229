import { expect, test } from "@playwright/test";
import { OverviewPage } from "./pages/overview-page";
import { StartPage } from "./pages/start-page";
import { WizardPage } from "./pages/wizard-page";
import { expectNoAxeViolations, saveScreenshot, watchPage } from "./support/checks";

const steps = [
  "AWS STS in the region",
  "The logging role",
  "The region's CloudWatch role setting",
  "Stage execution logging",
  "Method and route overrides",
  "Access logging",
  "Requests API Gateway never logs",
  "Who changed it (CloudTrail)",
];

test("demo → overview → a stage with missing execution logs → every step → root cause and fix", async ({ page }) => {
  const watched = watchPage(page);
  const start = new StartPage(page);
  await start.goto();
  await start.openDemo();

  const overview = new OverviewPage(page);
  await overview.expectLoaded();
  await expect(overview.summaryLine()).toContainText("14 stages in 14 APIs across 4 regions: 10 with missing logs");
  await expect(overview.regionProblems()).toContainText("No CloudWatch logging role set for the region");
  await saveScreenshot(page, "overview");

  const payments = (await overview.rows()).find((row) => row.apiName === "payments-api");
  expect(payments).toMatchObject({
    stage: "prod",
    execution: "Missing",
    access: "Delivered",
    cause: "Execution logging is off",
  });
  await overview.openStage("payments-api", "prod", "us-east-1");

  const wizard = new WizardPage(page);
  await expect(wizard.title()).toContainText("payments-api");
  await wizard.start();
  for (const [index, title] of steps.entries()) {
    await wizard.expectStep(index + 1, steps.length, title);
    await expect(wizard.progress().getByRole("link", { name: new RegExp(`^Step ${index + 1}`) })).toHaveAttribute(
      "aria-current",
      "step",
    );
    if (title === "Stage execution logging") {
      expect(await wizard.stepStatus()).toBe("Fail");
      const cause = wizard.findings().filter({ hasText: "Execution logging is off" });
      await expect(cause).toContainText('methodSettings["*/*"].loggingLevel');
      await expect(cause).toContainText("from apigateway:GetStages");
      await saveScreenshot(page, "wizard-step");
    }
    if (title === "Who changed it (CloudTrail)") {
      await expect(page.getByRole("region", { name: "Change timeline" })).toContainText("execution logging turned OFF");
      await expect(page.getByRole("region", { name: "Change timeline" })).toContainText(
        "role PlatformOperators (session jane.doe)",
      );
    }
    await wizard.next();
  }

  await expect(page).toHaveURL(/\/diagnose\/demo\/us-east-1\/p3n8v1w6yd\/prod(\?.*)?#root-cause$/);
  const root = wizard.rootCause();
  await expect(root).toContainText("Execution logging is off");
  await expect(root).toContainText("Stage prod of payments-api has execution logging OFF.");
  const cli = await wizard.fixTab("AWS CLI", root);
  await expect(cli).toContainText(
    "aws apigateway update-stage --region us-east-1 --rest-api-id p3n8v1w6yd --stage-name prod",
  );
  await expect(cli).toContainText("path=/*/*/logging/loglevel,value=INFO");
  const consoleSteps = await wizard.fixTab("Console", root);
  await expect(consoleSteps.getByRole("listitem").first()).toBeVisible();
  expect(watched.problems).toEqual([]);
});

test("the symptom question adds its explanations and keeps the answers in the URL", async ({ page }) => {
  await page.goto("/diagnose/demo/us-east-1/k7x2m9q4tb/staging/unlogged-requests");
  await page.getByRole("checkbox", { name: /413 Request Entity Too Large/ }).check();
  await page.getByRole("checkbox", { name: /429 Too Many Requests/ }).check();
  await page.getByRole("button", { name: "Explain these" }).click();
  await expect(page).toHaveURL(/\?symptom=413&symptom=429$/);
  const wizard = new WizardPage(page);
  await expect(wizard.findings().filter({ hasText: "413 Request Entity Too Large is not logged" })).toBeVisible();
  await expect(
    wizard.findings().filter({ hasText: "Excessive 429 Too Many Requests are not all logged" }),
  ).toBeVisible();
  await wizard.next();
  await expect(page).toHaveURL(/\/history\?symptom=413&symptom=429$/);
});

test("could-not-check is shown as such with its reason, and HTTP APIs mark role steps not applicable", async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await page.goto("/diagnose/demo/eu-west-1/e2u4r6o8pa/prod/history");
  const unknown = wizard.findings().filter({ hasText: "Could not check" });
  await expect(unknown).toContainText("cloudtrail:GetTrailStatus failed with AccessDeniedException");
  expect(await wizard.stepStatus()).toBe("Could not check");
  await page.goto("/diagnose/demo/us-east-1/h5c2r8z1jq/$default/account-setting");
  expect(await wizard.stepStatus()).toBe("Not applicable");
  await expect(page.getByText("HTTP APIs do not use the account's logging role")).toBeVisible();
  await expectNoAxeViolations(page, "a not-applicable step");
});
