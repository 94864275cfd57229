import { headers } from "next/headers";
import { decodeIdentity, IDENTITY_HEADER } from "./gate";
import type { Identity } from "./identity";

/** Who the proxy let in, for server components (null without sign-in). The proxy removes any copy a client sent. */
export async function currentUser(): Promise<Identity | null> {
  return decodeIdentity((await headers()).get(IDENTITY_HEADER));
}
