import { describe, expect, it } from "vitest";
import check from "./template-account-role-deleted-with-stack";
import { ownRole, stack } from "./testing";

describe(check.id, () => {
  it.each([
    [
      "pass: the stack's own role is retained (CDK's default RETAIN)",
      [stack("A", { accounts: [{ ownRole: ownRole(true) }] })],
      ["pass"],
    ],
    [
      "warn: the stack creates the role and deletes it with the stack",
      [stack("A", { accounts: [{ ownRole: ownRole(false) }] })],
      ["warn"],
    ],
    ["nothing: the role is made elsewhere (an ARN or a parameter)", [stack("A", { accounts: [{}] })], []],
    ["nothing: no account setting in the stack", [stack("A")], []],
  ])("%s", (_name, inventories, statuses) => {
    const findings = check.run(inventories);
    expect(findings.map((f) => f.status)).toEqual(statuses);
    for (const finding of findings)
      expect(finding.where).toEqual({ file: "stack.yaml", resource: "Account0", line: 10 });
  });

  it("names the role, the region and the fix", () => {
    const [finding] = check.run([stack("Api", { accounts: [{ ownRole: ownRole(false) }] })]);
    expect(finding.message).toContain("LogsRole");
    expect(finding.message).toContain("eu-west-1");
    expect(finding.fix?.cloudformation).toContain("DeletionPolicy: Retain");
  });
  // no-unknown-case: ownership is read from the template itself; a role ARN the template cannot resolve is not "own".
});
