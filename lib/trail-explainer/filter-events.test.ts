import { describe, expect, it } from "vitest";
import { explainEvent } from "../cloudtrail/explain";
import { iamRoleEvent, identities, restUpdateStage, trailRecord } from "../../testing/cloudtrail/trail-records";
import { filterRows, haystackOf, isFiltered, noFilter, type TrailFilter, type TrailRow } from "./filter-events";

const logOff = [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }];
const records = [
  restUpdateStage("a1b2c3d4e5", "prod", logOff),
  trailRecord({ eventName: "GetRestApis", readOnly: true, userIdentity: identities.alice }),
  iamRoleEvent("DeleteRole", "ApiGatewayLogs", {}, { userIdentity: identities.root }),
  trailRecord({
    eventName: "DescribeInstances",
    eventSource: "ec2.amazonaws.com",
    readOnly: true,
    sourceIPAddress: "203.0.113.77",
  }),
  { ...trailRecord({ eventName: "CreateDeployment" }), readOnly: undefined, eventName: "DoSomethingOdd" },
  {
    ...trailRecord({ eventName: "CreateDeployment" }),
    readOnly: undefined,
    eventName: undefined,
    eventSource: "lambda.amazonaws.com",
  },
];
const rows: TrailRow[] = records.map((raw, index) => {
  const event = explainEvent(raw, index);
  return { key: `1:${index}`, fileId: 1, event, haystack: haystackOf(event) };
});
const names = (filter: Partial<TrailFilter>, limit = 100) =>
  filterRows(rows, { ...noFilter, ...filter }, limit).shown.map((row) => row.event.name);

describe("filterRows", () => {
  it.each<[string, Partial<TrailFilter>, (string | null)[]]>([
    [
      "no filter keeps input order",
      {},
      ["UpdateStage", "GetRestApis", "DeleteRole", "DescribeInstances", "DoSomethingOdd", null],
    ],
    ["changes to logging only: the stage and the role", { changesOnly: true }, ["UpdateStage", "DeleteRole"]],
    [
      "writes only: an unsaid readOnly is judged by the name, and no name is neither",
      { access: "write" },
      ["UpdateStage", "DeleteRole", "DoSomethingOdd"],
    ],
    ["reads only", { access: "read" }, ["GetRestApis", "DescribeInstances"]],
    ["one event source", { source: "iam.amazonaws.com" }, ["DeleteRole"]],
    ["search an event name, ignoring case", { q: "  getrestAPIS " }, ["GetRestApis"]],
    ["search the actor's label", { q: "root user" }, ["DeleteRole"]],
    [
      "search the role that issued the session",
      { q: "GitHubDeploy" },
      ["UpdateStage", "DescribeInstances", "DoSomethingOdd", null],
    ],
    ["search an IAM user's ARN", { q: "user/alice" }, ["GetRestApis"]],
    ["search a source IP", { q: "203.0.113.77" }, ["DescribeInstances"]],
    [
      "filters combine",
      { access: "write", q: "deploy", source: "apigateway.amazonaws.com" },
      ["UpdateStage", "DoSomethingOdd"],
    ],
    ["nothing matches", { changesOnly: true, access: "read" }, []],
  ])("%s", (_, filter, expected) => {
    expect(names(filter)).toEqual(expected);
  });

  it("renders at most `limit` rows but counts every match", () => {
    const many = Array.from({ length: 2_500 }, (_, i) => ({ ...rows[i % 5], key: `2:${i}` }));
    const result = filterRows(many, noFilter, 100);
    expect(result.shown).toHaveLength(100);
    expect(result.matched).toBe(2_500);
    expect(filterRows(many, { ...noFilter, changesOnly: true }, 100)).toMatchObject({ matched: 1_000 });
  });

  it("says whether anything is filtered", () => {
    expect(isFiltered(noFilter)).toBe(false);
    expect(isFiltered({ ...noFilter, q: "   " })).toBe(false);
    expect(isFiltered({ ...noFilter, access: "read" })).toBe(true);
  });
});
