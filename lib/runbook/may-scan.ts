/**
 * Whether opening a runbook page may start a live scan by itself. Only a navigation the user made — typed or
 * pasted into the address bar (`Sec-Fetch-Site: none`) or followed from this server's own pages (`same-origin`) —
 * may: a link, image or iframe on another site (or a request that says nothing) would otherwise spend the
 * account's API quotas with one page view. Those get the page with a button that starts the scan.
 */
export function mayScanOnLoad(secFetchSite: string | null): boolean {
  return secFetchSite === "same-origin" || secFetchSite === "none";
}
