/** Runs once when the server starts (Node.js only): see lib/auth/check-at-start.ts and lib/sources/scan-shutdown.ts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/auth/check-at-start");
    (await import("./lib/sources/scan-shutdown")).exitAfterScansOnSignal();
  }
}
