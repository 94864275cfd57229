export interface LogGroupArn {
  partition: string;
  region: string;
  account: string;
  name: string;
  /** The ARN ends in `:*` (the form DescribeLogGroups' `arn` field has). */
  wildcard: boolean;
}

/** `arn:aws:logs:us-east-1:123456789012:log-group:NAME[:*]` → its parts; null for any other ARN. */
export function parseLogGroupArn(arn: string): LogGroupArn | null {
  const match = /^arn:([a-z-]+):logs:([a-z0-9-]+):(\d{12}):log-group:(.+)$/.exec(arn);
  if (!match) return null;
  const wildcard = match[4].endsWith(":*");
  const name = wildcard ? match[4].slice(0, -2) : match[4];
  if (name === "" || name.includes(":")) return null;
  return { partition: match[1], region: match[2], account: match[3], name, wildcard };
}

/** `arn:…:log-group:NAME[:*]` → NAME; a bare group name stays as it is; any other ARN → null. */
export function logGroupNameOf(value: string): string | null {
  if (!value.startsWith("arn:")) return value;
  const match = /:log-group:(.+?)(:\*)?$/.exec(value);
  return match ? match[1] : null;
}
