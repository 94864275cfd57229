/** An IAM role ARN's parts: `arn:<partition>:iam::<account>:role/<path/>name`. */
export interface RoleArn {
  partition: string;
  account: string;
  /** The last path segment: what IAM takes as RoleName. */
  name: string;
}

export function parseRoleArn(arn: string): RoleArn | undefined {
  const match = /^arn:([a-z-]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
  return match ? { partition: match[1], account: match[2], name: match[3] } : undefined;
}

/** `arn:<partition>:iam::<12 digits>:role/<path/>name` — what API Gateway accepts as `cloudwatchRoleArn`. */
export function isIamRoleArn(value: string, partition: string): boolean {
  const match = /^arn:([a-z-]+):iam::(\d{12}):role\/(.+)$/.exec(value);
  return match !== null && match[1] === partition && !/\s/.test(match[3]);
}

/** The account field of any ARN, when it is one (12 digits). */
export function arnAccount(arn: string): string | null {
  const account = arn.split(":")[4];
  return account && /^\d{12}$/.test(account) ? account : null;
}
