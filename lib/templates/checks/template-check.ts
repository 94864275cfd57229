import type { Finding, Severity } from "../../diagnosis/types";
import type { Inventory } from "../inventory";
import type { Where } from "../types";

/** A finding located in the input: file, resource (logical id or Terraform address) and line. */
export interface LocatedFinding extends Finding {
  where: Where | null;
}

/**
 * A cause only a template shows (who owns a resource, what a plan replaces). These run after the shared checks, and
 * only on template input: a live diagnosis never sees them. Rules and sources: docs/spec/template-checks.md.
 */
export interface TemplateCheck {
  id: string;
  title: string;
  severity: Severity;
  docs: string;
  run(inventories: readonly Inventory[]): LocatedFinding[];
}

export function templateFinding(
  check: TemplateCheck,
  fields: Pick<LocatedFinding, "status" | "region" | "target" | "message" | "where"> & Partial<LocatedFinding>,
): LocatedFinding {
  return { check: check.id, severity: check.severity, api: null, stage: null, evidence: [], ...fields };
}
