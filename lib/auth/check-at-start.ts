import { authConfigFrom, AuthConfigError } from "./config";

// A sign-in setting that is present but incomplete stops the server at start with the list of what to fix, rather
// than failing on the first request (or, worse, falling back to no sign-in).
try {
  authConfigFrom(process.env);
} catch (error) {
  if (!(error instanceof AuthConfigError)) throw error;
  console.error(`log-doctor: ${error.message}`);
  process.exit(1);
}
