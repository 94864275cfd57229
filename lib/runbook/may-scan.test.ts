import { describe, expect, it } from "vitest";
import { mayScanOnLoad } from "./may-scan";

describe("mayScanOnLoad", () => {
  it.each(["same-origin", "none"])("scans for a %s navigation", (site) => expect(mayScanOnLoad(site)).toBe(true));
  it.each(["cross-site", "same-site", "", null])("asks for a click for %j", (site) =>
    expect(mayScanOnLoad(site)).toBe(false),
  );
});
