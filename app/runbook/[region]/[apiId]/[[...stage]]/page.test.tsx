import { Suspense, isValidElement, type ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { RunbookStart } from "@/components/runbook/runbook-start";
import { RunbookResult } from "./runbook-result";

// The request's headers are all this test sets: the page reads Sec-Fetch-Site through next/headers.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));

const { default: RunbookPage } = await import("./page");
const params = Promise.resolve({ region: "us-east-1", apiId: "a1b2c3d4e5", stage: ["prod"] });
type Element = ReactElement<{ reason?: string; children?: ReactElement<{ children?: ReactElement }> }>;

describe("the runbook page from a GET", () => {
  it.each([["cross-site"], ["same-site"], [null]])(
    "opened with Sec-Fetch-Site %j, offers a button and renders no scan",
    async (site) => {
      request.headers = new Headers(site === null ? {} : { "sec-fetch-site": site });
      const page = (await RunbookPage({ params })) as Element;
      expect(isValidElement(page) && page.type).toBe(RunbookStart);
      expect(page.props.reason).toBe("click");
    },
  );

  it.each([["same-origin"], ["none"]])("opened with Sec-Fetch-Site %j, streams the scan's result", async (site) => {
    request.headers = new Headers({ "sec-fetch-site": site });
    const page = (await RunbookPage({ params })) as Element;
    const suspense = page.props.children!;
    expect(suspense.type).toBe(Suspense);
    expect(suspense.props.children!.type).toBe(RunbookResult);
  });
});
