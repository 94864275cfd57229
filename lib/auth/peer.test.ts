import { describe, expect, it } from "vitest";
import { isTrustedPeer, peerAddress, PEER_HEADER } from "./peer";

const env = { LOG_DOCTOR_PEER_TOKEN: "t0ken-from-serve" };
const req = (value?: string) => new Request("http://x/", { headers: value ? { [PEER_HEADER]: value } : {} });

describe("peerAddress", () => {
  it("reads the address the server wrote, with its token", () => {
    expect(peerAddress(req("t0ken-from-serve 10.0.0.7"), env)).toBe("10.0.0.7");
    expect(peerAddress(req("t0ken-from-serve ::ffff:10.0.0.7"), env)).toBe("10.0.0.7");
  });
  it.each([
    ["a client's own header (wrong token)", req("guess 10.0.0.7"), env],
    ["no header", req(), env],
    ["no token in this process (plain next start)", req("t0ken-from-serve 10.0.0.7"), {}],
  ])("believes nothing from %s", (_, request, environment) => expect(peerAddress(request, environment)).toBeNull());
});

describe("isTrustedPeer", () => {
  it.each([
    ["10.0.0.7", ["10.0.0.7"], true],
    ["10.0.3.9", ["10.0.0.0/16"], true],
    ["10.1.0.1", ["10.0.0.0/16"], false],
    ["fd00::5", ["fd00::/8"], true],
    ["192.168.1.1", ["not-an-ip", "10.0.0.0/8"], false],
    ["garbage", ["10.0.0.0/8"], false],
  ])("%s in %j → %s", (address, trusted, expected) => expect(isTrustedPeer(address, trusted)).toBe(expected));
});
