/**
 * Every piece of the model knows where it came from: a collected AWS answer, an AWS error, or nothing at all.
 * `call` is `service:Operation`, the name the evidence and the "could not check" messages show.
 */
export type Source<T> =
  | { state: "collected"; call: string; value: T }
  | { state: "error"; call: string; error: { name: string; message: string } }
  | { state: "not-collected"; call: string };

export const collected = <T>(call: string, value: T): Source<T> => ({ state: "collected", call, value });
export const failed = <T>(call: string, error: { name: string; message: string }): Source<T> => ({
  state: "error",
  call,
  error: { name: error.name, message: error.message },
});
export const notCollected = <T>(call: string): Source<T> => ({ state: "not-collected", call });

export function mapSource<T, U>(source: Source<T>, map: (value: T) => U): Source<U> {
  return source.state === "collected" ? collected(source.call, map(source.value)) : source;
}

/** The first source that is not collected, so a check that needs several inputs reports the one that failed. */
export function firstMissing(
  sources: readonly Source<unknown>[],
): Exclude<Source<unknown>, { state: "collected" }> | null {
  for (const source of sources) if (source.state !== "collected") return source;
  return null;
}

/** Why a source could not be used, in one sentence fragment, for "could not check" messages. */
export function describeMissing(source: Exclude<Source<unknown>, { state: "collected" }>): string {
  return source.state === "error"
    ? `${source.call} failed with ${source.error.name}: ${source.error.message}`
    : `${source.call} was not collected`;
}
