import { describeEntries, entryEvidence } from "../cloudtrail/entry-text";
import { roleActionsThatCanStopLogging } from "../cloudtrail/iam-change";
import { restoreRole } from "./fixes/history";
import { roleChangeEntries } from "../cloudtrail/timeline";
import { defineCheck } from "../engine/define-check";
import { roles } from "../engine/scopes";

export default defineCheck({
  id: "cloudtrail.role-changed",
  title: "No recent IAM change weakened the logging role",
  severity: "medium",
  reads: ["cloudtrail:LookupEvents"],
  docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html",
  section: "history",
  label: "Someone changed the logging role",
  scope: roles,
  inputs: ({ role }) => [role.changes],
  evaluate: ({ role }, { model }) => {
    const entries = roleChangeEntries(role);
    const risky = entries.filter((entry) => entry.level === "warn");
    if (risky.length === 0) {
      const others =
        entries.length > 0
          ? ` (${entries.length} other change${entries.length === 1 ? "" : "s"} only added permissions or edited the description or tags)`
          : "";
      return {
        status: "pass",
        message: `CloudTrail (IAM events are recorded in us-east-1) shows no ${roleActionsThatCanStopLogging.join(", ")} on ${role.name}${others}.`,
        evidence: [
          {
            call: "cloudtrail:LookupEvents",
            field: "Events",
            value: `${entries.length} changes to ${role.name}, none that can stop logging`,
          },
        ],
      };
    }
    return {
      status: "warn",
      message: `CloudTrail shows ${risky.length === 1 ? "an IAM change" : `${risky.length} IAM changes`} to the logging role ${role.name} that can stop API Gateway from assuming it or writing logs: ${describeEntries(risky)}.`,
      evidence: risky.map((entry) => entryEvidence(entry)),
      fix: restoreRole(role.name, model.partition, risky[risky.length - 1]),
    };
  },
});
