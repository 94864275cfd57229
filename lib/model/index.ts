export { readModel } from "./read-model";
export * from "./source";
export type * from "./types";
