import type { FoundLine } from "@/lib/find-request/find-request";

/** One log event: when, which stream, and the access line's fields or the raw message. */
export function LogLine({ line, age }: { line: FoundLine; age?: string }) {
  return (
    <li className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
      <p className="flex flex-wrap gap-x-3 text-xs text-slate-600">
        <time dateTime={line.timestamp === null ? undefined : new Date(line.timestamp).toISOString()}>
          {line.timestamp === null
            ? "no time"
            : `${new Date(line.timestamp).toISOString().slice(0, 19).replace("T", " ")} UTC`}
        </time>
        {age && <span data-age>{age}</span>}
        <span className="wrap-anywhere">stream {line.stream}</span>
      </p>
      {line.fields ? (
        <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 font-mono text-xs text-slate-800">
          {line.fields.map((field, i) => (
            <div key={`${field.name}-${i}`} className="flex min-w-0 gap-1">
              <dt className="text-slate-500">{field.name}</dt>
              <dd className="break-all">{field.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <pre className="mt-1 max-h-40 overflow-auto whitespace-pre-wrap break-all font-mono text-xs text-slate-800">
          {line.message}
        </pre>
      )}
    </li>
  );
}
