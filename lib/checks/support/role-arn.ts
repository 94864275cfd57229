/** `arn:<partition>:iam::<12 digits>:role/<path/>name` — what API Gateway accepts as `cloudwatchRoleArn`. */
export function isIamRoleArn(value: string, partition: string): boolean {
  const match = /^arn:([a-z-]+):iam::(\d{12}):role\/(.+)$/.exec(value);
  return match !== null && match[1] === partition && !/\s/.test(match[3]);
}

export function arnAccount(arn: string): string | null {
  const account = arn.split(":")[4];
  return account && /^\d{12}$/.test(account) ? account : null;
}
