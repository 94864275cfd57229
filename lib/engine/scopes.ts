import type { ApiRef, ApiType } from "../diagnosis/types";
import type { Source } from "../model/source";
import type { Api, Domain, LoggingRole, Region, Stage } from "../model/types";
import type { Location, Scope } from "./define-check";
import { perModel } from "./per-model";
import { isIamRoleArn } from "../aws-names/role-arn";

const nowhere = { api: null, stage: null, target: null };

export const regions: Scope<Region> = {
  name: "region",
  subjects: ({ model }) => model.regions,
  locate: (region) => ({ region: region.name, ...nowhere }),
};

export const global: Scope<null> = {
  name: "global",
  subjects: () => [null],
  locate: () => ({ region: null, ...nowhere }),
};

export function apis(...types: ApiType[]): Scope<Api> {
  return {
    name: "api",
    subjects: ({ model }) => model.regions.flatMap((region) => region.apis.filter((api) => types.includes(api.type))),
    locate: (api) => ({ region: api.region, api: apiRef(api), stage: null, target: null }),
  };
}

/** APIs, plus a region's API listing when it could not be read, so an unreadable listing is reported, not skipped. */
export type ApiOrListing = { kind: "api"; api: Api } | { kind: "listing"; region: string; listing: Source<unknown> };

export function apisAndUnreadableListings(...types: ApiType[]): Scope<ApiOrListing> {
  const wantsRest = types.includes("REST");
  const wantsV2 = types.includes("HTTP") || types.includes("WEBSOCKET");
  return {
    name: "api",
    subjects: ({ model }) =>
      model.regions.flatMap((region) => [
        // An absent listing is as unknown as a failed one (capture.md: absent means "not collected").
        ...(wantsRest && region.apiListings.rest.state !== "collected"
          ? [listing(region.name, region.apiListings.rest)]
          : []),
        ...(wantsV2 && region.apiListings.v2.state !== "collected"
          ? [listing(region.name, region.apiListings.v2)]
          : []),
        ...region.apis.filter((api) => types.includes(api.type)).map((api) => ({ kind: "api" as const, api })),
      ]),
    locate: (subject) =>
      subject.kind === "api"
        ? { region: subject.api.region, api: apiRef(subject.api), stage: null, target: null }
        : { region: subject.region, ...nowhere },
  };
}

function listing(region: string, source: Source<unknown>): ApiOrListing {
  return { kind: "listing", region, listing: source };
}

// Most checks walk every stage: list them once per model and type set.
const stagesOf = perModel<string, Stage[]>();

/** Stages of APIs whose stages were read (an unreadable GetStages is reported once, by stage.execution-logging-off). */
export function stages(...types: ApiType[]): Scope<Stage> {
  const key = types.join(",");
  return {
    name: "stage",
    subjects: ({ model }) =>
      stagesOf(model, key, () => {
        const found: Stage[] = [];
        for (const region of model.regions) {
          for (const api of region.apis)
            if (types.includes(api.type) && api.stages.state === "collected") found.push(...api.stages.value);
        }
        return found;
      }),
    locate: (stage) => stageLocation(stage),
  };
}

export interface RoleInRegion {
  region: Region;
  role: LoggingRole;
}

/** Role findings are regional: each region whose account setting names a role of the scanned account gets its own. */
export const roles: Scope<RoleInRegion> = {
  name: "role",
  subjects: ({ model }) =>
    model.regions.flatMap((region) => {
      const arn = region.accountSettings.state === "collected" ? region.accountSettings.value.cloudwatchRoleArn : null;
      const role = arn ? model.roles.get(arn) : undefined;
      if (!arn || !role || !isIamRoleArn(arn, model.partition)) return [];
      const roleAccount = arn.split(":")[4];
      if (model.account && roleAccount !== model.account) return [];
      return [{ region, role }];
    }),
  locate: ({ region, role }) => ({ region: region.name, api: null, stage: null, target: role.arn }),
};

export const domains: Scope<Domain> = {
  name: "domain",
  subjects: ({ model }) => model.regions.flatMap((region) => region.domains),
  locate: (domain) => ({ region: domain.region, api: null, stage: null, target: domain.name }),
};

/** Domains, plus a region whose domain listings (v1 and/or v2 GetDomainNames) failed, reported once for the region. */
export type DomainOrListing =
  { kind: "domain"; domain: Domain } | { kind: "listing"; region: string; listings: Source<unknown>[] };

export const domainsAndUnreadableListings: Scope<DomainOrListing> = {
  name: "domain",
  subjects: ({ model }) =>
    model.regions.flatMap((region) => {
      const failed = [region.domainListings.rest, region.domainListings.v2].filter(
        (listing) => listing.state === "error",
      );
      return [
        ...(failed.length > 0 ? [{ kind: "listing" as const, region: region.name, listings: failed }] : []),
        ...region.domains.map((domain) => ({ kind: "domain" as const, domain })),
      ];
    }),
  locate: (subject) =>
    subject.kind === "domain" ? domains.locate(subject.domain) : { region: subject.region, ...nowhere },
};

/** The API's shared reference object (an Api's `ref`, or a stage's `api`, which is the same object). */
export function apiRef(api: Api | ApiRef): ApiRef {
  return "ref" in api ? api.ref : api;
}

export function stageLocation(stage: Stage): Location {
  return { region: stage.region, api: apiRef(stage.api), stage: stage.name, target: null };
}
