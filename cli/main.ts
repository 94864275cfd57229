export async function main(argv: string[]): Promise<number> {
  process.stdout.write(`log-doctor ${argv.join(" ")}\n`);
  return 0;
}
