import { randomBytes } from "node:crypto";

/** The built-in demo account's fixed id. */
export const DEMO_SOURCE_ID = "demo";

/** 128 random bits, URL-safe: an upload or scan is found only by whoever was given its link. */
export function newSourceId(): string {
  return randomBytes(16).toString("base64url");
}

const storedIdPattern = /^[A-Za-z0-9_-]{22}$/;

/** Only ids of this exact shape ever become a file name, so no id can name a path outside the data dir. */
export function isStoredSourceId(id: string): boolean {
  return storedIdPattern.test(id);
}

export function isSourceId(id: string): boolean {
  return id === DEMO_SOURCE_ID || isStoredSourceId(id);
}
