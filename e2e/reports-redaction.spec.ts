import { expect, test } from "@playwright/test";
import { historyCapture, historySecrets } from "../testing/reports/history-capture";
import { findLeaks } from "../testing/reports/leak-sweep";
import { reportRow, saveReport } from "./support/reports";

const secrets = Object.values(historySecrets).flat();

/** The page's HTML as served, both exports and the stored row: everything a report's reader or the database holds. */
async function everything(request: import("@playwright/test").APIRequestContext, id: string) {
  const page = await request.get(`/reports/${id}`);
  expect(page.status()).toBe(200);
  // The report's own link (on this test server's 127.0.0.1) is not the account's data.
  const ownLink = new RegExp(`https?://[^/\\s<>]+/reports/${id}`, "g");
  const text = async (path: string) => (await (await request.get(path)).text()).replace(ownLink, "");
  return {
    "page source": (await page.text()).replace(ownLink, ""),
    "Markdown export": await text(`/reports/${id}.md`),
    "HTML export": await text(`/reports/${id}.html`),
    "JSON export": await text(`/reports/${id}.json`),
    "database row": Object.values(reportRow(id) ?? {}).join("\n"),
  };
}

test("with redaction on, no account id, access key id, IP address or principal name of the capture appears anywhere", async ({
  request,
}) => {
  // A capture with CloudTrail history: IAM users, role sessions and federated users, AKIA/ASIA keys, IPv4 and IPv6.
  const id = await saveReport(request, { from: "capture", capture: historyCapture(), includeCapture: true });
  const sources = await everything(request, id);
  expect(sources["database row"]).toContain("CloudTrailEvent");
  for (const [where, text] of Object.entries(sources)) {
    expect(findLeaks(text, secrets), where).toEqual([]);
  }
});

test("with redaction off, the same sweep finds them (so the check above can see what it looks for)", async ({
  request,
}) => {
  const id = await saveReport(request, {
    from: "capture",
    capture: historyCapture(),
    includeCapture: true,
    redact: false,
  });
  const found = new Set<string>();
  for (const [where, text] of Object.entries(await everything(request, id))) {
    const kinds = findLeaks(text, secrets).map((leak) => leak.kind);
    // The page and the Markdown show who and from where, not access key ids; the JSON and the row hold everything.
    expect(kinds, where).toEqual(
      expect.arrayContaining(["account id", "IPv4 address", "IPv6 address", "named secret"]),
    );
    for (const kind of kinds) found.add(kind);
  }
  expect([...found].sort()).toEqual(["IPv4 address", "IPv6 address", "access key id", "account id", "named secret"]);
});
