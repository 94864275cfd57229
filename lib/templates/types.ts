/** Where a template finding points: the file, the resource (logical id or Terraform address) and its line. */
export interface Where {
  file: string;
  resource: string | null;
  /** 1-based line of the resource (or the property) in the file. */
  line: number;
}

/** A CloudFormation resource as a template writes it (SAM's are expanded by read-serverless). */
export interface CfnResource {
  Type?: unknown;
  Properties?: unknown;
  DeletionPolicy?: unknown;
}

/** A problem with one input file: it is reported and skipped; the other files are still checked. */
export class TemplateError extends Error {}

/** A value a template cannot know before deploy (a parameter without default, an import, an attribute known after apply). */
export class Unknown {
  constructor(readonly reason: string) {}
}

export const isUnknown = (value: unknown): value is Unknown => value instanceof Unknown;

/** A parsed file: its plain value and the line of each property path (`Resources/Api/Properties`). */
export interface ParsedFile {
  file: string;
  value: unknown;
  lineOf(path: readonly (string | number)[]): number;
}

/** The account a template's ARNs are written with (`AWS::AccountId`): AWS's documentation example account. */
export const placeholderAccount = "123456789012";
