import type { Fix } from "../../diagnosis/types";
import type { LoggingLevel, Override } from "../../model/types";
import { hclString, yamlString } from "./shell";
import { levelLabel, openStage, restUpdateStage, v2UpdateStage, type StageAddress } from "./update-stage";

/** Sets the stage-level execution logging level (REST `*\/*` method settings, v2 default route settings). */
export function setStageLoggingLevel(stage: StageAddress, level: LoggingLevel, summary: string): Fix {
  if (stage.api.type === "REST") {
    return {
      summary,
      cli: restUpdateStage(stage, [{ op: "replace", path: "/*/*/logging/loglevel", value: level }]),
      console: [
        openStage(stage, " → Logs and tracing → Edit"),
        `Set CloudWatch logs to ${levelLabel(level)} and save.`,
      ],
      cloudformation: [
        "Type: AWS::ApiGateway::Stage",
        "Properties:",
        `  RestApiId: ${yamlString(stage.api.id)}`,
        `  StageName: ${yamlString(stage.name)}`,
        "  MethodSettings:",
        '    - ResourcePath: "/*"',
        '      HttpMethod: "*"',
        `      LoggingLevel: ${level}`,
        "      MetricsEnabled: true",
      ].join("\n"),
      terraform: [
        `resource "aws_api_gateway_method_settings" "all" {`,
        `  rest_api_id = ${hclString(stage.api.id)}`,
        `  stage_name  = ${hclString(stage.name)}`,
        `  method_path = "*/*"`,
        `  settings {`,
        `    logging_level   = "${level}"`,
        `    metrics_enabled = true`,
        `  }`,
        `}`,
      ].join("\n"),
    };
  }
  return {
    summary,
    cli: v2UpdateStage(stage, { "default-route-settings": `LoggingLevel=${level}` }),
    console: [openStage(stage, " → Logging → Edit"), `Set the default route logging level to ${level} and save.`],
    cloudformation: [
      "Type: AWS::ApiGatewayV2::Stage",
      "Properties:",
      `  ApiId: ${yamlString(stage.api.id)}`,
      `  StageName: ${yamlString(stage.name)}`,
      "  DefaultRouteSettings:",
      `    LoggingLevel: ${level}`,
    ].join("\n"),
    terraform: [
      `resource "aws_apigatewayv2_stage" "stage" {`,
      `  api_id = ${hclString(stage.api.id)}`,
      `  name   = ${hclString(stage.name)}`,
      `  default_route_settings {`,
      `    logging_level = "${level}"`,
      `  }`,
      `}`,
    ].join("\n"),
  };
}

/** Sets (or removes) the level of one method/route override so it inherits or matches the stage. */
export function setOverrideLevel(stage: StageAddress, override: Override, level: LoggingLevel, summary: string): Fix {
  if (stage.api.type === "REST") {
    return {
      summary,
      cli: restUpdateStage(stage, [{ op: "replace", path: `/${override.key}/logging/loglevel`, value: level }]),
      console: [
        openStage(stage),
        `Expand the stage tree and choose the method ${override.target}.`,
        `Under Method overrides, set CloudWatch logs to ${levelLabel(level)}, or remove the override so the stage setting applies.`,
      ],
      cloudformation: [
        "  MethodSettings:",
        `    - ResourcePath: ${yamlString(override.target.slice(override.target.indexOf(" ") + 1))}`,
        `      HttpMethod: ${yamlString(override.target.slice(0, override.target.indexOf(" ")))}`,
        `      LoggingLevel: ${level}`,
      ].join("\n"),
    };
  }
  return {
    summary,
    cli: v2UpdateStage(stage, { "route-settings": JSON.stringify({ [override.key]: { LoggingLevel: level } }) }),
    console: [openStage(stage), `Edit the route settings of ${override.target} and set its logging level to ${level}.`],
    cloudformation: ["  RouteSettings:", `    ${yamlString(override.key)}:`, `      LoggingLevel: ${level}`].join("\n"),
  };
}

/** Turns data tracing off where it is on: the stage level and/or the method or route overrides that set it. */
export function disableDataTrace(
  stage: StageAddress,
  overrides: readonly Override[],
  stageLevel: boolean,
  summary: string,
): Fix {
  if (stage.api.type === "REST") {
    const paths = [...(stageLevel ? ["/*/*"] : []), ...overrides.map((o) => `/${o.key}`)];
    const operations = paths.map((path) => ({
      op: "replace" as const,
      path: `${path}/logging/dataTrace`,
      value: "false",
    }));
    return {
      summary,
      cli: restUpdateStage(stage, operations),
      console: [
        openStage(stage, " → Logs and tracing → Edit"),
        "Turn off Data tracing (full request and response logs) and save.",
        ...overrides.map(
          (o) => `Choose the method ${o.target} in the stage tree and turn off data tracing in its method override.`,
        ),
      ],
      cloudformation: [
        "  MethodSettings:",
        ...(stageLevel ? ['    - ResourcePath: "/*"', '      HttpMethod: "*"', "      DataTraceEnabled: false"] : []),
        ...overrides.flatMap((o) => [
          `    - ResourcePath: ${yamlString(o.target.slice(o.target.indexOf(" ") + 1))}`,
          `      HttpMethod: ${yamlString(o.target.slice(0, o.target.indexOf(" ")))}`,
          "      DataTraceEnabled: false",
        ]),
      ].join("\n"),
    };
  }
  return {
    summary,
    cli: v2UpdateStage(stage, {
      "default-route-settings": stageLevel ? "DataTraceEnabled=false" : undefined,
      "route-settings":
        overrides.length > 0
          ? JSON.stringify(Object.fromEntries(overrides.map((o) => [o.key, { DataTraceEnabled: false }])))
          : undefined,
    }),
    console: [
      openStage(stage),
      `Turn off data tracing${overrides.length > 0 ? ` (also on the routes ${overrides.map((o) => o.target).join(", ")})` : ""}.`,
    ],
    cloudformation: [
      ...(stageLevel ? ["  DefaultRouteSettings:", "    DataTraceEnabled: false"] : []),
      ...(overrides.length > 0
        ? [
            "  RouteSettings:",
            ...overrides.flatMap((o) => [`    ${yamlString(o.key)}:`, "      DataTraceEnabled: false"]),
          ]
        : []),
    ].join("\n"),
  };
}
