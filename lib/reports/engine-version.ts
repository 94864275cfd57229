import packageJson from "../../package.json";

/** The version of Log Doctor that makes a diagnosis; saved with every report so a reader knows which rules ran. */
export const engineVersion: string = packageJson.version;
