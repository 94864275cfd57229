import { methodTarget, type PatchOperation } from "./patch-operations";
import type { SettingChange } from "./types";

const levelPath = /^\/(.+)\/logging\/loglevel$/i;
const dataTracePath = /^\/(.+)\/logging\/datatrace$/i;
const accessLogPath = /^\/accesslogsettings(\/destinationarn|\/format)?$/i;

/** The logging-relevant changes among a REST stage's patch operations (throttling, caching, … are not). */
export function stagePatchChanges(operations: PatchOperation[]): SettingChange[] {
  return operations.flatMap((operation) => {
    const change = levelChange(operation) ?? dataTraceChange(operation) ?? accessLogChange(operation);
    return change ? [change] : [];
  });
}

function levelChange({ op, path, value }: PatchOperation): SettingChange | null {
  const match = levelPath.exec(path);
  if (!match) return null;
  const scope = methodTarget(match[1]);
  const where = scope === "*/*" ? "for the whole stage" : `for ${scope}`;
  const base = { setting: "execution-logging" as const, scope, operation: op, path, from: null };
  if (op === "remove") {
    return scope === "*/*"
      ? {
          ...base,
          to: null,
          description: `execution logging level removed ${where} (no level means logging is off)`,
          level: "warn",
        }
      : { ...base, to: null, description: `execution logging override removed ${where}`, level: "info" };
  }
  const level = String(value ?? "").toUpperCase();
  if (level === "OFF")
    return { ...base, to: "OFF", description: `execution logging turned OFF ${where}`, level: "warn" };
  if (level === "ERROR")
    return {
      ...base,
      to: "ERROR",
      description: `execution logging set to ERROR (errors only) ${where}`,
      level: "info",
    };
  if (level === "INFO")
    return {
      ...base,
      to: "INFO",
      description: `execution logging set to INFO (errors and info) ${where}`,
      level: "info",
    };
  return {
    ...base,
    to: value ?? null,
    description: `execution logging level set to ${JSON.stringify(value ?? null)} ${where}`,
    level: "info",
  };
}

function dataTraceChange({ op, path, value }: PatchOperation): SettingChange | null {
  const match = dataTracePath.exec(path);
  if (!match) return null;
  const scope = methodTarget(match[1]);
  const on = op !== "remove" && String(value).toLowerCase() === "true";
  return {
    setting: "data-trace",
    scope,
    operation: op,
    path,
    from: null,
    to: op === "remove" ? null : on,
    description: `full request and response data tracing turned ${on ? "on" : "off"} ${scope === "*/*" ? "for the whole stage" : `for ${scope}`}`,
    level: "info",
  };
}

function accessLogChange({ op, path, value }: PatchOperation): SettingChange | null {
  const match = accessLogPath.exec(path);
  if (!match) return null;
  const member = (match[1] ?? "").toLowerCase();
  const empty = value === null || value === undefined || String(value).trim() === "";
  const base = { scope: null, operation: op, path, from: null };
  if (member === "/format") {
    return empty || op === "remove"
      ? {
          ...base,
          setting: "access-log-format",
          to: null,
          description: "access log format removed (access logging stops without a format)",
          level: "warn",
        }
      : { ...base, setting: "access-log-format", to: value, description: "access log format changed", level: "info" };
  }
  if (op === "remove" || empty) {
    return {
      ...base,
      setting: "access-logging",
      to: null,
      description: "access logging turned off (its settings were removed)",
      level: "warn",
    };
  }
  return {
    ...base,
    setting: "access-logging",
    to: value,
    description: `access logs sent to ${String(value)}`,
    level: "info",
  };
}
