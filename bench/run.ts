/**
 * `npm run bench [name-filter]`: runs every bench/*.bench.ts in turn. Each file's default export is an
 * async function that measures its subject next to a baseline measured in the same run and prints
 * medians and ratios. Benchmarks print figures; they never assert on them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
    .sort();
  console.log(`Kindred benchmarks on Node ${process.version}, ${new Date().toISOString()}`);
  for (const file of files) {
    console.log(`\n=== ${file} ===`);
    const mod = (await import(join(__dirname, file))) as { default: () => Promise<void> };
    await mod.default();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
