import { templateFinding, type TemplateCheck } from "./template-check";

/**
 * More than one stack or module of the input sets the region's account setting: there is one per region and account,
 * so whichever deploys last wins and the others' roles silently stop being used (AWS: "only one
 * AWS::ApiGateway::Account resource per region per account").
 */
const check: TemplateCheck = {
  id: "template.account-set-by-several",
  title: "Several stacks set the region's logging role",
  severity: "medium",
  docs: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-account.html",
  run(inventories) {
    const byRegion = new Map<string, { owner: string; account: (typeof inventories)[number]["accounts"][number] }[]>();
    for (const inventory of inventories) {
      for (const account of inventory.accounts)
        byRegion.set(inventory.region, [
          ...(byRegion.get(inventory.region) ?? []),
          { owner: inventory.owner, account },
        ]);
    }
    return [...byRegion].flatMap(([region, setters]) => {
      if (setters.length < 2)
        return setters.map(({ owner, account }) =>
          templateFinding(check, {
            status: "pass",
            region,
            target: null,
            where: account.where,
            message: `Only ${owner} sets the account's logging role in ${region}.`,
          }),
        );
      const names = setters.map((s) => `${s.owner} (${s.account.where.resource})`).join(", ");
      return setters.map(({ account }) =>
        templateFinding(check, {
          status: "warn",
          region,
          target: null,
          where: account.where,
          message: `${setters.length} resources set the region-wide API Gateway logging role in ${region}: ${names}. The last deploy wins.`,
          evidence: setters.map((s) => ({
            call: "template",
            field: `${s.account.where.resource}.CloudWatchRoleArn`,
            value: typeof s.account.roleArn === "string" ? s.account.roleArn : "(known at deploy)",
          })),
          fix: {
            summary:
              "Set the account's logging role in one long-lived stack or module only (CDK: cloudWatchRole: false on every other RestApi).",
          },
        }),
      );
    });
  },
};
export default check;
