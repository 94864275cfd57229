import { stat } from "node:fs/promises";
import { Option, type Command } from "commander";
import { explainRecord } from "../../lib/cloudtrail/explain";
import { readTrailFile, TrailFileError, type TrailFileSummary } from "../../lib/cloudtrail/node/read-trail-file";
import {
  eventLines,
  formatLabel,
  noPaint,
  noteLines,
  problemLines,
  type Paint,
} from "../../lib/cloudtrail/render-text";
import type { ExplainedEvent, ReadProblem, WhereNote } from "../../lib/cloudtrail/types";
import { footerNotes, notesForEventName } from "../../lib/cloudtrail/where-is-my-event";
import { visible } from "../../lib/render/escape";
import type { CliCommand } from "../command";
import { CliInputError, exitCodes, type CliIo } from "../io";

const collect = (value: string, previous: string[] = []) => [...previous, value];
const codes = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;
const colour: Paint = (text, style) => `\u001b[${codes[style]}m${text}\u001b[0m`;

interface Filter {
  changesOnly: boolean;
  /** Event names as the user typed them, matched ignoring case. */
  names: string[];
}

interface FileResult {
  summary: TrailFileSummary;
  shown: number;
  problems: ReadProblem[];
  notes: WhereNote[];
}

/** `log-doctor trail FILE...`: lists CloudTrail events (who, when, what, from where), highlighting changes to logging. */
export function trailCommand(): CliCommand {
  return {
    name: "trail",
    configure: (command: Command) =>
      command
        .description(
          "Explain CloudTrail records: S3 log files (.json or .json.gz), LookupEvents output, or single events",
        )
        .argument("<file...>", "CloudTrail files to read")
        .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
        .option("--changes-only", "only events that changed API Gateway logging, the account's role or an IAM role")
        .option(
          "--event <name>",
          "only events with this name, repeatable (explains names CloudTrail never records)",
          collect,
        ),
    async run(options, args, io) {
      if (args.length === 0) throw new CliInputError("give at least one CloudTrail file");
      for (const path of args) await ensureFile(path);
      const filter: Filter = {
        changesOnly: options.changesOnly === true,
        names: (options.event as string[] | undefined) ?? [],
      };
      const json = options.format === "json";
      const paint = io.stdout.isTTY === true && !io.env.NO_COLOR ? colour : noPaint;
      let unreadable = 0;
      if (json) io.stdout.write('{"kind":"log-doctor/trail","version":1,"files":[\n');
      for (const [index, path] of args.entries()) {
        const result = json ? await jsonFile(path, filter, io, index === 0) : await textFile(path, filter, io, paint);
        if (result.summary.records === 0 && result.problems.some((problem) => problem.severity === "error")) {
          unreadable += 1;
          io.stderr.write(
            `log-doctor: ${visible(path)}: not a CloudTrail file: ${visible(result.problems.find((p) => p.severity === "error")!.message)}\n`,
          );
        }
      }
      if (json) io.stdout.write("]}\n");
      return unreadable > 0 ? exitCodes.input : exitCodes.ok;
    },
  };
}

async function ensureFile(path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliInputError(`${path}: is a directory, not a CloudTrail file`);
    if (!info.isFile()) throw new CliInputError(`${path}: is not a regular file`);
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(
      `${path}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message}`,
    );
  }
}

/** Reads one file, handing each event that passes the filter to `show`; sources seen pick the footer notes. */
async function readFile(path: string, filter: Filter, show: (event: ExplainedEvent) => void): Promise<FileResult> {
  const problems: ReadProblem[] = [];
  const sources = new Set<string>();
  let shown = 0;
  const generator = readTrailFile(path);
  let step;
  try {
    step = await generator.next();
    while (!step.done) {
      const item = step.value;
      if (item.kind === "problem") problems.push(item.problem);
      else {
        const event = explainRecord(item.value);
        if (event.source) sources.add(event.source);
        if (passes(event, filter)) {
          shown += 1;
          show(event);
        }
      }
      step = await generator.next();
    }
  } catch (error) {
    if (error instanceof TrailFileError) throw new CliInputError(error.message);
    throw error;
  }
  const nameNotes = filter.names.flatMap((name) => notesForEventName(name));
  const unreadable = step.value.records === 0 && problems.some((problem) => problem.severity === "error");
  const footer = unreadable
    ? []
    : footerNotes({ sources: [...sources], format: step.value.format, events: step.value.records });
  const notes = [...new Map([...nameNotes, ...footer].map((note) => [note.id, note])).values()];
  return { summary: step.value, shown, problems, notes };
}

function passes(event: ExplainedEvent, filter: Filter): boolean {
  if (filter.changesOnly && !event.change) return false;
  const name = event.name?.toLowerCase();
  return filter.names.length === 0 || filter.names.some((wanted) => wanted.toLowerCase() === name);
}

async function textFile(path: string, filter: Filter, io: CliIo, paint: Paint): Promise<FileResult> {
  io.stdout.write(`${paint(`== ${visible(path)}`, "bold")}\n`);
  const result = await readFile(path, filter, (event) => io.stdout.write(`${eventLines(event, paint).join("\n")}\n`));
  const { summary, shown } = result;
  const filtered = filter.changesOnly || filter.names.length > 0 ? `, ${shown} shown` : "";
  const lines = [
    `-- ${formatLabel(summary.format, summary.compressed)}: ${summary.records} event${summary.records === 1 ? "" : "s"}${filtered}`,
  ];
  if (filter.names.length > 0 && shown === 0)
    lines.push(
      `No event named ${filter.names.map((name) => JSON.stringify(visible(name))).join(" or ")} in this file.`,
    );
  lines.push(...problemLines(result.problems, paint), ...noteLines(result.notes), "");
  io.stdout.write(`${lines.join("\n")}\n`);
  return result;
}

async function jsonFile(path: string, filter: Filter, io: CliIo, first: boolean): Promise<FileResult> {
  io.stdout.write(`${first ? "" : ",\n"}{"file":${safeJson(path)},"events":[\n`);
  let count = 0;
  const result = await readFile(path, filter, (event) =>
    io.stdout.write(`${count++ === 0 ? "" : ",\n"}${safeJson(event)}`),
  );
  const { summary, shown, problems, notes } = result;
  io.stdout.write(
    `\n],"summary":${safeJson({ ...summary, shown })},"problems":${safeJson(problems)},"notes":${safeJson(notes)}}`,
  );
  return result;
}

/** JSON with invisible and bidirectional characters escaped too, so a record cannot reorder what a terminal shows. */
function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
