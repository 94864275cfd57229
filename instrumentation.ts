/** Runs once when the server starts (Node.js only): see lib/auth/check-at-start.ts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/auth/check-at-start");
}
