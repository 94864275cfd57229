import { expect, it } from "vitest";
import { postgresUrl } from "./database-url";

it("keeps SQLite when DATABASE_URL is unset or empty", () => {
  expect(postgresUrl({})).toBeNull();
  expect(postgresUrl({ DATABASE_URL: " " })).toBeNull();
});

it("takes a postgres:// or postgresql:// URL", () => {
  expect(postgresUrl({ DATABASE_URL: "postgres://ld@db:5432/logdoctor" })).toBe("postgres://ld@db:5432/logdoctor");
  expect(postgresUrl({ DATABASE_URL: "postgresql://ld@db/logdoctor?sslmode=require" })).toBe(
    "postgresql://ld@db/logdoctor?sslmode=require",
  );
});

it("refuses any other URL instead of silently keeping reports in the local file", () => {
  expect(() => postgresUrl({ DATABASE_URL: "mysql://ld@db/logdoctor" })).toThrow(/must be a PostgreSQL URL/);
  expect(() => postgresUrl({ DATABASE_URL: "file:./reports.sqlite" })).toThrow(/leave it unset/);
});
