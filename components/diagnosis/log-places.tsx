import type { LogPlace } from "@/lib/diagnosis/stage-log-places";
import { displayName } from "@/lib/text/display-text";

/**
 * Where the stage's logs are: each group (or Firehose stream) with its newest event and console links. Presents
 * `stageLogPlaces` only; ages are relative to the capture, so the page says so.
 */
export function LogPlaces({
  places,
  capturedAt,
  headingLevel = 2,
  id = "log-places",
}: {
  places: LogPlace[];
  capturedAt: string;
  headingLevel?: 2 | 3;
  id?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // Inside a report's stage it is a part of that stage's region, not a landmark of its own (one per stage would repeat).
  const Box = headingLevel === 2 ? "section" : "div";
  return (
    <Box
      aria-labelledby={headingLevel === 2 ? `${id}-title` : undefined}
      className="space-y-3"
      data-testid="log-places"
    >
      <div>
        <Heading
          id={`${id}-title`}
          className={
            headingLevel === 2 ? "text-lg font-semibold text-slate-900" : "text-base font-semibold text-slate-900"
          }
        >
          Where the logs are
        </Heading>
        <p className="text-sm text-slate-600">
          Newest events as the scan saw them at {capturedAt.slice(0, 16).replace("T", " ")} UTC; ages are measured from
          then.
        </p>
      </div>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
        {places.map((place, i) => (
          <li key={i} className="min-w-0 space-y-1 px-4 py-3" data-log-kind={place.kind} data-where={place.where}>
            <p className="font-medium text-slate-900">{place.label}</p>
            {place.where === "group" && place.name !== null && (
              <p className="font-mono text-sm text-slate-800 [overflow-wrap:anywhere]">
                {displayName(place.name, 512)}
              </p>
            )}
            <p className="text-sm text-slate-700 [overflow-wrap:anywhere]" data-testid="log-place-summary">
              {capitalize(place.summary)}
            </p>
            {(place.groupUrl || place.insightsUrl) && (
              <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {place.groupUrl && (
                  <a
                    href={place.groupUrl}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={`Open log group ${place.name} in the AWS console`}
                    className="font-medium text-teal-800 underline"
                  >
                    Open log group
                  </a>
                )}
                {place.insightsUrl && (
                  <a
                    href={place.insightsUrl}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={`Query in Logs Insights: ${place.name}`}
                    className="font-medium text-teal-800 underline"
                  >
                    Query in Logs Insights
                  </a>
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
    </Box>
  );
}

const capitalize = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;
