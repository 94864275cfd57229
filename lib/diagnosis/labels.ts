import type { ApiType, Status, Verdict } from "./types";

export const verdictLabels: Record<Verdict, string> = {
  delivered: "delivered",
  missing: "missing",
  partial: "partial",
  unknown: "unknown",
  "not-supported": "not supported",
  expected: "expected (no evidence yet)",
};

export const verdictExplanations: Record<Verdict, string> = {
  delivered: "logs arrived within 24 hours of the scan",
  missing: "a cause below stops these logs",
  partial: "only some requests are logged",
  unknown: "a setting could not be read, so Log Doctor cannot tell",
  "not-supported": "HTTP APIs have no execution logs",
  expected: "nothing wrong found, but no recent log event either (no traffic, or not collected)",
};

export const statusLabels: Record<Status, string> = {
  fail: "FAIL",
  warn: "WARN",
  pass: "PASS",
  unknown: "COULD NOT CHECK",
  info: "INFO",
};

export const apiTypeLabels: Record<ApiType, string> = {
  REST: "REST API",
  HTTP: "HTTP API",
  WEBSOCKET: "WebSocket API",
};
