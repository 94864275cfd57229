import type { Fix } from "../../../diagnosis/types";
import type { LoggingLevel, Override, Stage } from "../../../model/types";
import { awsCli, hclString, yamlString } from "./shell";

/** Sets the stage-level execution logging level (REST `*\/*` method settings, v2 default route settings). */
export function setStageLoggingLevel(stage: Stage, level: LoggingLevel, summary: string): Fix {
  if (stage.api.type === "REST") {
    return {
      summary,
      cli: awsCli("apigateway", "update-stage", {
        region: stage.region,
        "rest-api-id": stage.api.id,
        "stage-name": stage.name,
        "patch-operations": `op=replace,path=/*/*/logging/loglevel,value=${level}`,
      }),
      console: [
        `Open the API Gateway console in ${stage.region} and choose the API ${stage.api.name} (${stage.api.id}).`,
        `Choose Stages, then the stage ${stage.name}, then Logs and tracing → Edit.`,
        `Set CloudWatch logs to ${level === "INFO" ? "Errors and info logs" : level === "ERROR" ? "Errors only" : "Off"} and save.`,
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
    cli: awsCli("apigatewayv2", "update-stage", {
      region: stage.region,
      "api-id": stage.api.id,
      "stage-name": stage.name,
      "default-route-settings": `LoggingLevel=${level}`,
    }),
    console: [
      `Open the API Gateway console in ${stage.region} and choose the WebSocket API ${stage.api.name} (${stage.api.id}).`,
      `Choose Stages, then ${stage.name}, then Logging → Edit.`,
      `Set the default route logging level to ${level} and save.`,
    ],
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
export function setOverrideLevel(stage: Stage, override: Override, level: LoggingLevel, summary: string): Fix {
  if (stage.api.type === "REST") {
    return {
      summary,
      cli: awsCli("apigateway", "update-stage", {
        region: stage.region,
        "rest-api-id": stage.api.id,
        "stage-name": stage.name,
        "patch-operations": `op=replace,path=/${override.key}/logging/loglevel,value=${level}`,
      }),
      console: [
        `Open the API Gateway console in ${stage.region}, API ${stage.api.name} (${stage.api.id}), Stages → ${stage.name}.`,
        `Expand the stage tree and choose the method ${override.target}.`,
        `Under Method overrides, set CloudWatch logs to ${level === "INFO" ? "Errors and info logs" : level === "ERROR" ? "Errors only" : "Off"}, or remove the override so the stage setting applies.`,
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
    cli: awsCli("apigatewayv2", "update-stage", {
      region: stage.region,
      "api-id": stage.api.id,
      "stage-name": stage.name,
      "route-settings": JSON.stringify({ [override.key]: { LoggingLevel: level } }),
    }),
    console: [
      `Open the API Gateway console in ${stage.region}, API ${stage.api.name} (${stage.api.id}), Stages → ${stage.name}.`,
      `Edit the route settings of ${override.target} and set its logging level to ${level}.`,
    ],
    cloudformation: [
      "  RouteSettings:",
      `    ${yamlString(override.key)}:`,
      `      LoggingLevel: ${level}`,
    ].join("\n"),
  };
}

export function disableDataTrace(stage: Stage, summary: string): Fix {
  if (stage.api.type === "REST") {
    return {
      summary,
      cli: awsCli("apigateway", "update-stage", {
        region: stage.region,
        "rest-api-id": stage.api.id,
        "stage-name": stage.name,
        "patch-operations": "op=replace,path=/*/*/logging/dataTrace,value=false",
      }),
      console: [
        `Open the API Gateway console in ${stage.region}, API ${stage.api.name} (${stage.api.id}), Stages → ${stage.name} → Logs and tracing → Edit.`,
        "Turn off Data tracing (full request and response logs) and save.",
      ],
      cloudformation: ["  MethodSettings:", '    - ResourcePath: "/*"', '      HttpMethod: "*"', "      DataTraceEnabled: false"].join("\n"),
    };
  }
  return {
    summary,
    cli: awsCli("apigatewayv2", "update-stage", {
      region: stage.region,
      "api-id": stage.api.id,
      "stage-name": stage.name,
      "default-route-settings": "DataTraceEnabled=false",
    }),
    console: [`Open the API Gateway console in ${stage.region}, API ${stage.api.name}, Stages → ${stage.name}, and turn off data tracing.`],
    cloudformation: ["  DefaultRouteSettings:", "    DataTraceEnabled: false"].join("\n"),
  };
}
