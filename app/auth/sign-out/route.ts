import { signOutResponse } from "@/lib/auth/auth-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = signOutResponse;
