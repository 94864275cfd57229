import { awsQuotas, type QuotaTable } from "../../lib/aws/throttle/quotas";

/** Quotas no test reaches, for tests about what is collected rather than how fast. */
export const unthrottledQuotas = Object.fromEntries(
  Object.keys(awsQuotas).map((key) => [key, { rate: 1000, burst: 1000 }]),
) as QuotaTable;
