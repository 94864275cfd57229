import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ProbeSendError, probeUserAgent, sendProbe } from "./send-probe";

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A local fake API: records each request and answers with `answer`. */
async function fakeApi(
  answer: (res: import("node:http").ServerResponse) => void,
): Promise<{ base: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      answer(res);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const restId = "3f5c7a2e-1b2c-4d5e-8f90-123456789abc";

describe("sendProbe: the one request Log Doctor sends to a user's API", () => {
  it("sends exactly one request, with the method and URL asked, no body, no credentials and no AWS signature", async () => {
    const api = await fakeApi((res) => {
      res.writeHead(403, {
        "x-amzn-RequestId": restId,
        "x-amz-apigw-id": "OKpvnFl8IAMFb7g=",
        "content-type": "application/json",
      });
      res.end('{"message":"Missing Authentication Token"}');
    });
    const response = await sendProbe({ method: "GET", url: `${api.base}/prod/log-doctor-probe?x=1` });

    expect(api.seen).toHaveLength(1);
    const [request] = api.seen;
    expect(request.method).toBe("GET");
    expect(request.url).toBe("/prod/log-doctor-probe?x=1");
    expect(request.body).toBe("");
    expect(request.headers["user-agent"]).toBe(probeUserAgent);
    const names = Object.keys(request.headers);
    expect(names.filter((name) => name === "authorization" || name === "cookie" || name.startsWith("x-amz"))).toEqual(
      [],
    );
    expect(names.filter((name) => /security-token|signature|credential/i.test(name))).toEqual([]);
    expect(request.url).not.toMatch(/X-Amz-/i);

    expect(response).toEqual({
      status: 403,
      requestId: { id: restId, form: "request-id", header: "x-amzn-requestid" },
      extendedRequestId: "OKpvnFl8IAMFb7g=",
      bodyStart: '{"message":"Missing Authentication Token"}',
    });
  });

  it("reads an HTTP API's apigw-requestid, and sends HEAD as HEAD", async () => {
    const api = await fakeApi((res) => {
      res.writeHead(404, { "apigw-requestid": "OKpvnFl8IAMFb7g=" });
      res.end();
    });
    const response = await sendProbe({ method: "HEAD", url: `${api.base}/health` });
    expect(api.seen.map((s) => s.method)).toEqual(["HEAD"]);
    expect(response.requestId).toEqual({ id: "OKpvnFl8IAMFb7g=", form: "extended", header: "apigw-requestid" });
  });

  it("does not follow a redirect: that would be a second request", async () => {
    const api = await fakeApi((res) => {
      res.writeHead(302, { location: "/elsewhere" });
      res.end();
    });
    const response = await sendProbe({ method: "GET", url: `${api.base}/prod/x` });
    expect(api.seen).toHaveLength(1);
    expect(response.status).toBe(302);
    expect(response.requestId).toBeNull();
  });

  it("reads at most 1 KB of the body", async () => {
    const api = await fakeApi((res) => {
      res.writeHead(200, { "x-amzn-RequestId": "not an id" });
      res.end("x".repeat(100_000));
    });
    const response = await sendProbe({ method: "GET", url: `${api.base}/prod/big` });
    expect(response.bodyStart.length).toBeLessThanOrEqual(1024);
    expect(response.requestId).toBeNull();
  });

  it("gives up after its timeout with a clear message when the API never answers", async () => {
    const api = await fakeApi(() => undefined);
    const sent = sendProbe({ method: "GET", url: `${api.base}/prod/slow`, timeoutMs: 200 });
    await expect(sent).rejects.toThrow(ProbeSendError);
    await expect(sent).rejects.toThrow(/no answer from http:\/\/127\.0\.0\.1:\d+\/prod\/slow within 200 ms/);
  });

  it("says why when nothing listens", async () => {
    const api = await fakeApi(() => undefined);
    server!.close();
    server!.closeAllConnections();
    server = undefined;
    await expect(sendProbe({ method: "GET", url: `${api.base}/prod/x` })).rejects.toThrow(
      /could not send the request to .*ECONNREFUSED/,
    );
  });
});
