import { RemovalPolicy } from "aws-cdk-lib";
import * as apigw from "aws-cdk-lib/aws-apigateway";
import * as apigwv2 from "aws-cdk-lib/aws-apigatewayv2";
import * as iam from "aws-cdk-lib/aws-iam";
import * as logs from "aws-cdk-lib/aws-logs";
import { beforeAll, describe, expect, it } from "vitest";
import { checkTemplates, type TemplateReport } from "./check-templates";
import { synthApp } from "./testing-cdk";
import { summarize } from "./testing";

// Real templates from aws-cdk-lib, synthesized in-process: when CDK changes what it writes, these tests say so.
let report: TemplateReport;
const mock = () => new apigw.MockIntegration();

beforeAll(async () => {
  const outdir = synthApp({
    // RestApi with every default: cloudWatchRole true (no feature flag in this app), retained by default.
    Defaults: (stack) => new apigw.RestApi(stack, "Pets").root.addMethod("GET", mock()),
    OverrideOff: (stack) => {
      const api = new apigw.RestApi(stack, "Orders", {
        cloudWatchRole: false,
        deployOptions: {
          loggingLevel: apigw.MethodLoggingLevel.INFO,
          methodOptions: { "/orders/GET": { loggingLevel: apigw.MethodLoggingLevel.OFF } },
        },
      });
      api.root.addResource("orders").addMethod("GET", mock());
    },
    CustomFormat: (stack) => {
      const group = new logs.LogGroup(stack, "Access");
      const api = new apigw.RestApi(stack, "Users", {
        cloudWatchRoleRemovalPolicy: RemovalPolicy.DESTROY,
        deployOptions: {
          loggingLevel: apigw.MethodLoggingLevel.INFO,
          accessLogDestination: new apigw.LogGroupLogDestination(group),
          // CDK itself refuses a custom format without $context.requestId (AccessIncludeEither at synth), so the
          // template-time failure left is one CDK does not see: a format over two lines (one log line per request).
          accessLogFormat: apigw.AccessLogFormat.custom(
            "$context.requestId $context.status\n$context.identity.sourceIp",
          ),
        },
      });
      api.root.addMethod("GET", mock());
    },
    HttpNoGrant: (stack) => {
      const group = new logs.LogGroup(stack, "HttpAccess");
      const api = new apigwv2.HttpApi(stack, "Carts");
      const stage = api.defaultStage?.node.defaultChild as apigwv2.CfnStage;
      stage.accessLogSettings = {
        destinationArn: group.logGroupArn,
        format: '{"requestId":"$context.requestId","status":"$context.status"}',
      };
    },
    // The same, with the grant CloudWatch Logs documents for vended logs, made by CDK's addToResourcePolicy.
    HttpGranted: (stack) => {
      const group = new logs.LogGroup(stack, "HttpAccess");
      group.addToResourcePolicy(
        new iam.PolicyStatement({
          principals: [new iam.ServicePrincipal("delivery.logs.amazonaws.com")],
          actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
          resources: [group.logGroupArn],
        }),
      );
      const api = new apigwv2.HttpApi(stack, "Baskets");
      const stage = api.defaultStage?.node.defaultChild as apigwv2.CfnStage;
      stage.accessLogSettings = {
        destinationArn: group.logGroupArn,
        format: '{"requestId":"$context.requestId","status":"$context.status"}',
      };
    },
  });
  report = await checkTemplates([outdir], { region: "us-east-1" });
}, 240_000);

describe("CDK apps synthesized in-process", () => {
  it("reads every stack of the cloud assembly, in the stacks' own region", () => {
    expect(report.inputs.map((i) => [i.kind, i.stacks[0], i.error])).toEqual([
      ["cdk-assembly", "Defaults", null],
      ["cdk-assembly", "OverrideOff", null],
      ["cdk-assembly", "CustomFormat", null],
      ["cdk-assembly", "HttpNoGrant", null],
      ["cdk-assembly", "HttpGranted", null],
    ]);
    expect(new Set(report.findings.map((f) => f.region))).toEqual(new Set(["eu-west-1"]));
  });

  it("RestApi with defaults: no stage logging, and the stack sets the region's logging role (retained)", () => {
    const defaults = report.findings.filter((f) => f.where?.file.endsWith("Defaults.template.json"));
    expect(summarize(defaults, "stage.execution-logging-off")).toEqual([
      expect.stringMatching(/^fail PetsDeploymentStageprod\w+:\d+$/),
    ]);
    expect(summarize(defaults, "template.account-role-deleted-with-stack")).toEqual([
      expect.stringMatching(/^pass PetsAccount\w+:\d+ arn:aws:iam::123456789012:role\/Defaults-PetsCloudWatchRole\w+$/),
    ]);
  });

  it("a method with loggingLevel OFF under an INFO stage fails", () => {
    expect(summarize(report, "method.logging-off").filter((s) => s.startsWith("fail"))).toEqual([
      expect.stringMatching(/^fail OrdersDeploymentStageprod\w+:\d+ GET \/orders$/),
    ]);
  });

  it("a custom access-log format over two lines fails; its stack deletes the role it makes the region's", () => {
    expect(summarize(report, "stage.access-log-format-invalid").filter((s) => s.startsWith("fail"))).toEqual([
      expect.stringMatching(/^fail UsersDeploymentStageprod\w+:\d+$/),
    ]);
    expect(summarize(report, "template.account-role-deleted-with-stack").filter((s) => s.startsWith("warn"))).toEqual([
      expect.stringMatching(/^warn UsersAccount\w+:\d+ /),
    ]);
    // Two stacks set the one account setting of eu-west-1.
    expect(summarize(report, "template.account-set-by-several")).toEqual([
      expect.stringMatching(/^warn PetsAccount/),
      expect.stringMatching(/^warn UsersAccount/),
    ]);
  });

  it("an HttpApi stage logging to a group with no grant in the app: unknown, with the live check to run", () => {
    const grant = report.findings.filter(
      (f) => f.check === "http.access-log-policy-missing" && f.where?.file.endsWith("HttpNoGrant.template.json"),
    );
    expect(grant.map((f) => f.status)).toEqual(["unknown"]);
    expect(grant[0].message).toMatch(/Check it live: `log-doctor diagnose --region eu-west-1 --api <id of Carts>`/);
    expect(summarize(report, "stage.access-logging-off").filter((s) => s.includes("Carts"))).toEqual([
      expect.stringMatching(/^pass CartsDefaultStage\w+:\d+$/),
    ]);
  });

  it("the same stage with the app's own resource policy granting delivery.logs.amazonaws.com passes", () => {
    const granted = report.findings.filter((f) => f.where?.file.endsWith("HttpGranted.template.json"));
    expect(summarize(granted, "http.access-log-policy-missing")).toEqual([
      expect.stringMatching(/^pass BasketsDefaultStage\w+:\d+$/),
    ]);
  });
});
