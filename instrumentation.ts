/**
 * Runs once when the server starts: a sign-in setting that is present but incomplete stops the server with the list
 * of what to fix, rather than failing on the first request (or, worse, falling back to no sign-in).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { authConfigFrom, AuthConfigError } = await import("./lib/auth/config");
  try {
    authConfigFrom(process.env);
  } catch (error) {
    if (!(error instanceof AuthConfigError)) throw error;
    console.error(`log-doctor: ${error.message}`);
    process.exit(1);
  }
}
