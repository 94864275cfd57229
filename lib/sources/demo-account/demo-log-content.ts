import type { CaptureCall } from "../../capture/schema";
import { DEMO_CAPTURED_AT, msAgo, newestStreamCall } from "./aws-calls";

/**
 * Recorded log content for the demo, so "Find a request" and "Latest events" work with no AWS account: three
 * requests a newcomer can look for, and the newest events of the stages they belong to. Recorded as
 * `log-doctor find-request --out` records them (capture.md: FilterLogEvents one call per page, GetLogEvents of the
 * newest stream).
 */
export const demoRequests = {
  /** orders-api prod (us-east-1): a POST /orders, in the execution and the access log. */
  foundInBoth: {
    region: "us-east-1",
    apiId: "k7x2m9q4tb",
    stage: "prod",
    requestId: "8c4f2a61-3b7e-4d9a-9f15-2e6b7c0d1a93",
  },
  /** orders-api prod: a mistyped path answered 403 Missing Authentication Token, in the access log only. */
  forbiddenAccessOnly: {
    region: "us-east-1",
    apiId: "k7x2m9q4tb",
    stage: "prod",
    requestId: "5e9d1c7b-6a2f-4b8e-a3d4-7f0c1e2b9a64",
  },
  /** shipping-api prod (ap-southeast-2): in no log, because the region's logging role was deleted. */
  absentRoleDeleted: {
    region: "ap-southeast-2",
    apiId: "a8s2h4i6pq",
    stage: "prod",
    requestId: "b71e0f3a-2c9d-4e6b-8a5f-1d3c7e9b0f28",
  },
} as const;

/**
 * A recorded probe on orders-api prod, so "Send a test request" can be shown without an AWS account (with
 * LOG_DOCTOR_PROBE_BASE_URL pointing at a fake API that answers this id): sent at the time of the capture to the
 * default path, which matches no route, so API Gateway answered 403 Missing Authentication Token; its access line
 * came 2 s later, and the execution log never records such a request.
 */
export const demoProbe = {
  region: "us-east-1",
  apiId: "k7x2m9q4tb",
  stage: "prod",
  requestId: "d4a8e2c6-0b1f-4e3d-9a7c-6f2e8b0d4c19",
} as const;

const HOUR = 3_600_000;
const capturedAtMs = Date.parse(DEMO_CAPTURED_AT);
const ordersExecution = "API-Gateway-Execution-Logs_k7x2m9q4tb/prod";
const ordersAccess = "/aws/apigateway/orders-api/prod";
const shippingExecution = "API-Gateway-Execution-Logs_a8s2h4i6pq/prod";
const shippingAccess = "/aws/apigateway/shipping-api/prod";

interface DemoEvent {
  at: number;
  message: string;
}

/** The execution log lines API Gateway writes for one request at INFO, each prefixed with the request id. */
function executionLines(
  id: string,
  extendedId: string,
  at: number,
  method: string,
  path: string,
  status: number,
): DemoEvent[] {
  return [
    `Extended Request Id: ${extendedId}`,
    `Starting execution for request: ${id}`,
    `HTTP Method: ${method}, Resource Path: ${path}`,
    `Method completed with status: ${status}`,
  ].map((text, i) => ({ at: at + i * 12, message: `(${id}) ${text}` }));
}

/** An access line in orders-api's and shipping-api's JSON format (build-demo-capture's formats.restJson). */
function accessLine(
  id: string,
  extendedId: string,
  at: number,
  method: string,
  path: string,
  status: number,
  ip: string,
): DemoEvent {
  const values: Record<string, string> = {
    requestId: id,
    extendedRequestId: extendedId,
    ip,
    requestTime: new Date(at)
      .toUTCString()
      .replace(/^\w+, (\d+) (\w+) (\d+) /, "$1/$2/$3:")
      .replace(" GMT", " +0000"),
    httpMethod: method,
    resourcePath: path,
    status: String(status),
    protocol: "HTTP/1.1",
    responseLength: status === 403 ? "42" : "118",
  };
  return { at: at + 40, message: JSON.stringify(values) };
}

const found = demoRequests.foundInBoth.requestId;
const forbidden = demoRequests.forbiddenAccessOnly.requestId;
const foundAt = msAgo(0.35);
const forbiddenAt = msAgo(0.3);
const ordersExecutionEvents = [
  ...executionLines(
    "1f7a9c3e-5b2d-4e8f-a6c1-9d0b3e7f2a58",
    "Kx0aDFxPoAMFs1v=",
    msAgo(0.45),
    "GET",
    "/orders/{id}",
    200,
  ),
  ...executionLines(found, "Kx1bEFyQoAMFt2w=", foundAt, "POST", "/orders", 201),
  // The newest events: as DescribeLogStreams recorded them, 0.2 h (execution) and 0.1 h (access) before the scan.
  ...executionLines("3a6c9e1b-4d7f-4a2c-b5e8-0f3a6c9e1b4d", "Kx3dIIaToAMFw5z=", msAgo(0.2) - 36, "GET", "/orders", 200),
];
const ordersAccessEvents = [
  accessLine(
    "1f7a9c3e-5b2d-4e8f-a6c1-9d0b3e7f2a58",
    "Kx0aDFxPoAMFs1v=",
    msAgo(0.45),
    "GET",
    "/orders/{id}",
    200,
    "203.0.113.24",
  ),
  accessLine(found, "Kx1bEFyQoAMFt2w=", foundAt, "POST", "/orders", 201, "203.0.113.24"),
  // A path no resource matches: API Gateway answers 403 before any method runs, so only the access log has it.
  accessLine(forbidden, "Kx2cGGzRoAMFu3x=", forbiddenAt, "POST", "-", 403, "198.51.100.7"),
  accessLine(
    "3a6c9e1b-4d7f-4a2c-b5e8-0f3a6c9e1b4d",
    "Kx3dIIaToAMFw5z=",
    msAgo(0.2) - 40,
    "GET",
    "/orders",
    200,
    "203.0.113.24",
  ),
  accessLine(
    "9b2e5d8a-1c4f-4e7b-a0d3-6f9c2e5b8a1d",
    "Kx4eJJbUoAMFx6a=",
    msAgo(0.1) - 40,
    "GET",
    "/ordres",
    403,
    "198.51.100.7",
  ),
];

/** One FilterLogEvents page over the last 2 hours of the capture (the find-request default), narrowed to the id. */
function search(region: string, group: string, id: string, events: DemoEvent[]): CaptureCall {
  const matching = events.filter((e) => e.message.includes(id));
  return {
    service: "cloudwatch-logs",
    region,
    operation: "FilterLogEvents",
    input: { logGroupName: group, filterPattern: `"${id}"`, startTime: capturedAtMs - 2 * HOUR, endTime: capturedAtMs },
    output: {
      events: matching.map((e, i) => ({
        logStreamName: streamOf(region, group),
        timestamp: e.at,
        message: e.message,
        ingestionTime: e.at + 1800,
        eventId: `${e.at}${String(i).padStart(4, "0")}`,
      })),
      searchedLogStreams: [],
    },
  };
}

/** GetLogEvents of the group's newest stream, the way latest-events reads it: its last 5 events. */
function latest(region: string, group: string, events: DemoEvent[]): CaptureCall {
  const last = [...events].sort((a, b) => a.at - b.at).slice(-5);
  return {
    service: "cloudwatch-logs",
    region,
    operation: "GetLogEvents",
    input: { logGroupName: group, logStreamName: streamOf(region, group), limit: 5, startFromHead: false },
    output: {
      events: last.map((e) => ({ timestamp: e.at, message: e.message, ingestionTime: e.at + 1800 })),
      nextForwardToken: "f/demo",
      nextBackwardToken: "b/demo",
    },
  };
}

/** The stream build-demo-capture lists as each group's newest (its DescribeLogStreams answer). */
const newestHours: Record<string, number> = {
  [ordersExecution]: 0.2,
  [ordersAccess]: 0.1,
  [shippingExecution]: 412,
  [shippingAccess]: 412,
};
function streamOf(region: string, group: string): string {
  const output = newestStreamCall(region, group, newestHours[group]).output as {
    logStreams: { logStreamName: string }[];
  };
  return output.logStreams[0].logStreamName;
}

/** shipping-api's last lines, written 412 hours before the scan, when its role still existed. */
const shippingExecutionEvents = executionLines(
  "c2d4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f",
  "Lm3dHHaSoAMFv4y=",
  msAgo(412) - 40,
  "GET",
  "/labels/{id}",
  200,
);
const shippingAccessEvents = [
  accessLine(
    "c2d4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f",
    "Lm3dHHaSoAMFv4y=",
    msAgo(412) - 80,
    "GET",
    "/labels/{id}",
    200,
    "192.0.2.55",
  ),
];

/** The probe's searches as `log-doctor probe --out` records them: from a minute before it was sent to the longest wait. */
function probeSearch(group: string, events: DemoEvent[]): CaptureCall {
  const call = search("us-east-1", group, demoProbe.requestId, events);
  return { ...call, input: { ...call.input, startTime: capturedAtMs - 60_000, endTime: capturedAtMs + 900_000 } };
}
const probeAccessEvents = [
  accessLine(demoProbe.requestId, "Kx5fKKcVoAMFy7b=", capturedAtMs + 2000 - 40, "GET", "-", 403, "203.0.113.99"),
];

export function demoLogContent(): CaptureCall[] {
  const absent = demoRequests.absentRoleDeleted.requestId;
  return [
    search("us-east-1", ordersExecution, found, ordersExecutionEvents),
    search("us-east-1", ordersAccess, found, ordersAccessEvents),
    search("us-east-1", ordersExecution, forbidden, ordersExecutionEvents),
    search("us-east-1", ordersAccess, forbidden, ordersAccessEvents),
    search("ap-southeast-2", shippingExecution, absent, shippingExecutionEvents),
    search("ap-southeast-2", shippingAccess, absent, shippingAccessEvents),
    probeSearch(ordersExecution, []),
    probeSearch(ordersAccess, probeAccessEvents),
    latest("us-east-1", ordersExecution, ordersExecutionEvents),
    latest("us-east-1", ordersAccess, ordersAccessEvents),
    latest("ap-southeast-2", shippingExecution, shippingExecutionEvents),
    latest("ap-southeast-2", shippingAccess, shippingAccessEvents),
  ];
}
