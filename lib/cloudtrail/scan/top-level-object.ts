import {
  APOSTROPHE,
  BACKSLASH,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  isIdentifier,
  isSpace,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
} from "./chars";

type State = "expect-key" | "in-key" | "in-ident" | "after-key" | "expect-value" | "in-value" | "after-value";

/** What a character meant for the object: nothing yet, the start of a records array, or the object's end. */
export type ObjectStep = "continue" | "records" | "end";

const containerKeys = new Set(["records", "events"]);
const MAX_KEY = 64;

/**
 * Follows the keys of a top-level object (fed one character at a time, after its `{`) to find a `Records` or `Events`
 * array; every other value is skipped by tracking strings and bracket depth. Keys may be quoted or not.
 */
export class TopLevelObject {
  private state: State = "expect-key";
  private depth = 1;
  private quote = 0;
  private escaped = false;
  private primitive = false;
  key = "";

  /** After the records array closed, the rest of the object is skipped the same way. */
  resumeAfterValue(): void {
    this.state = "after-value";
    this.depth = 1;
  }

  step(code: number): ObjectStep {
    if (this.quote !== 0) return this.stepString(code);
    switch (this.state) {
      case "expect-key":
        if (code === QUOTE || code === APOSTROPHE) {
          this.quote = code;
          this.state = "in-key";
          this.key = "";
        } else if (isIdentifier(code)) {
          this.state = "in-ident";
          this.key = String.fromCharCode(code);
        } else if (code === CLOSE_OBJECT) {
          return "end";
        }
        return "continue";
      case "in-ident":
        if (isIdentifier(code)) {
          this.addToKey(code);
          return "continue";
        }
        this.state = "after-key";
        return this.step(code);
      case "after-key":
        if (code === COLON) this.state = "expect-value";
        return "continue";
      case "expect-value":
        if (isSpace(code)) return "continue";
        if (code === OPEN_ARRAY && containerKeys.has(this.key.toLowerCase())) return "records";
        this.state = "in-value";
        this.primitive = code !== OPEN_OBJECT && code !== OPEN_ARRAY;
        return this.stepValue(code);
      case "in-value":
        return this.stepValue(code);
      case "after-value":
        if (code === COMMA) this.state = "expect-key";
        return code === CLOSE_OBJECT ? "end" : "continue";
      default:
        return "continue";
    }
  }

  private stepString(code: number): ObjectStep {
    if (this.escaped) this.escaped = false;
    else if (code === BACKSLASH) this.escaped = true;
    else if (code === this.quote) {
      this.quote = 0;
      if (this.state === "in-key") this.state = "after-key";
    } else if (this.state === "in-key") this.addToKey(code);
    return "continue";
  }

  private stepValue(code: number): ObjectStep {
    if (code === QUOTE || code === APOSTROPHE) {
      this.quote = code;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      this.depth += 1;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      if (this.depth === 1) {
        this.state = "after-value";
        return this.step(code);
      }
      this.depth -= 1;
      if (this.depth === 1) this.state = "after-value";
    } else if (code === COMMA && this.depth === 1) {
      this.state = "expect-key";
    } else if (this.primitive && this.depth === 1 && isSpace(code)) {
      this.state = "after-value";
    }
    return "continue";
  }

  private addToKey(code: number): void {
    if (this.key.length < MAX_KEY) this.key += String.fromCharCode(code);
  }
}
