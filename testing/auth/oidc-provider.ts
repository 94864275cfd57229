import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/** The people the test identity provider knows; the login form takes one of these emails. */
export const testUsers: Record<string, { name: string; groups: string[] }> = {
  "ana@example.com": { name: "Ana Oncall", groups: ["oncall"] },
  "bob@example.com": { name: "Bob Reader", groups: ["readers"] },
  "eve@other.io": { name: "Eve Outsider", groups: [] },
};

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (panva's `oidc-provider`, the certified implementation) on 127.0.0.1, for tests: one
 * confidential client, PKCE required, and a login page that signs in whichever known email is posted — no password,
 * it is a test double for the company's provider, not for its login screen. Listens on `port` (0: any free one).
 */
export async function startTestProvider(
  redirectUris: string[],
  port = 0,
  postLogoutRedirectUris: string[] = redirectUris.map((uri) => new URL("/auth/signed-out", uri).href),
): Promise<TestProvider> {
  const clientId = "log-doctor-test";
  const clientSecret = "test-client-secret-that-is-long-enough";
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        post_logout_redirect_uris: postLogoutRedirectUris,
        token_endpoint_auth_method: "client_secret_post",
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    cookies: { keys: ["test-cookie-key-only-for-tests"] },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    features: {
      devInteractions: { enabled: false },
      // The library's own pages load a web font from the internet; these are plain.
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = `<!doctype html><title>Test IdP sign-out</title>${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>`;
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = "<!doctype html><title>Test IdP</title><p>Signed out at the test provider.</p>";
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, id) {
      const user = testUsers[id];
      if (!user) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, email: id, email_verified: true, name: user.name, groups: user.groups }),
      };
    },
  });
  const callback = provider.callback();
  server.on("request", async (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? "");
    if (!match) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === "GET") {
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        res.end(
          `<!doctype html><title>Test IdP</title><form method="post"><label>Email <input name="login" type="email"></label><button type="submit">Sign in</button></form>`,
        );
        return;
      }
      let body = "";
      for await (const chunk of req) body += chunk;
      const login = new URLSearchParams(body).get("login") ?? "";
      if (!testUsers[login]) {
        res.writeHead(400, { "Content-Type": "text/plain" });
        res.end("unknown user");
        return;
      }
      const grant = new provider.Grant({ accountId: login, clientId: details.params.client_id as string });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: login }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      res.writeHead(500, { "Content-Type": "text/plain" });
      res.end((error as Error).message);
    }
  });
  return { issuer, clientId, clientSecret, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
