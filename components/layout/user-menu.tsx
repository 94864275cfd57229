import { authConfig } from "@/lib/auth/config";
import { currentUser } from "@/lib/auth/current-user";
import { displayName } from "@/lib/auth/identity";

/** Who is signed in, and a way out (built-in sign-in only: behind a proxy, the proxy owns the session). */
export async function UserMenu() {
  const user = await currentUser();
  if (!user) return null;
  return (
    <div className="flex items-center gap-2 text-sm text-slate-700">
      <span className="hidden max-w-48 truncate md:inline" title={displayName(user)}>
        {displayName(user)}
      </span>
      {authConfig().mode === "oidc" && (
        <form method="post" action="/auth/sign-out">
          <button
            type="submit"
            className="rounded-md px-2 py-1.5 font-medium whitespace-nowrap sm:px-3 text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-700"
          >
            Sign out
          </button>
        </form>
      )}
    </div>
  );
}
