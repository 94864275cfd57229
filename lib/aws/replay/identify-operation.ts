import { allowedCommands } from "../allowlist";
import type { WireRequest } from "./request-key";
import { operationSchemaOf } from "./schema-values";
import type { WireService } from "./wire-services";

interface Route {
  method: string;
  pattern: RegExp;
  operation: string;
}

const routesByService = new Map<string, Route[]>();

/** The allowlisted REST operations of a service, as path patterns from their `http` traits. */
function routesOf(service: string): Route[] {
  let routes = routesByService.get(service);
  if (!routes) {
    routes = allowedCommands
      .filter((entry) => entry.service === service)
      .flatMap((entry) => {
        const http = operationSchemaOf(entry.Command)[3].http as [string, string] | undefined;
        if (!http) return [];
        const path = http[1].split("?")[0];
        const pattern = path.replace(/\{[^}]+\+\}/g, ".+").replace(/\{[^}]+\}/g, "[^/]+");
        return [{ method: http[0], pattern: new RegExp(`^${pattern}$`), operation: entry.operation }];
      });
    routesByService.set(service, routes);
  }
  return routes;
}

/** The operation a request asks for, read the way each protocol names it; undefined when it is not one of ours. */
export function operationOfRequest(wire: WireService, request: WireRequest): string | undefined {
  if (wire.protocol === "awsJson1_1") {
    const target = request.headers["x-amz-target"];
    return typeof target === "string" ? target.split(".").pop() : undefined;
  }
  if (wire.protocol === "awsQuery") return new URLSearchParams(request.body).get("Action") ?? undefined;
  const path = request.path.split("?")[0];
  return routesOf(wire.service).find((route) => route.method === request.method && route.pattern.test(path))?.operation;
}
