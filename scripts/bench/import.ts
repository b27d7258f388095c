/**
 * The import, measured: a synthetic WordPress export (seeded; 5,000 posts by
 * default) imported with `npm run import -- wordpress <file> --no-images`
 * into a fresh program, several times; medians of the wall time of the whole
 * command (import, then the content check it runs), of the import alone,
 * and the peak memory of the process.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median } from './measure.ts';
import { measure } from './process-tree.ts';
import { writeSyntheticWxr } from './synthetic-wxr.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ImportBench {
	posts: number;
	exportMb: number;
	runs: number;
	/** The whole command: import, report and content check. */
	totalMedianMs: number;
	/** The import alone, as the command reports it ("Done in … s"). */
	importMedianMs: number;
	peakMb: number;
	postsPerSecond: number;
}

const PROGRAM = `name: Benchmark Network
shortName: Bench
tagline: Librarians learning from each other.
description: A program made up for the import benchmark.
site: https://bench.example.org
email: hello@bench.example.org
languages: [en]
`;

export async function benchImport(posts: number, runs: number): Promise<ImportBench> {
	const cache = path.join(ROOT, 'node_modules/.cache/interlibrary-bench');
	mkdirSync(cache, { recursive: true });
	const file = path.join(cache, `synthetic-${posts}.xml`);
	if (!existsSync(file)) {
		console.error(`Writing a synthetic WordPress export of ${posts} posts…`);
		await writeSyntheticWxr(`${file}.part`, posts);
		renameSync(`${file}.part`, file);
	}
	const totals: number[] = [];
	const imports: number[] = [];
	let peakMb = 0;
	for (let run = 0; run < runs; run++) {
		const content = mkdtempSync(path.join(tmpdir(), 'interlibrary-import-bench-'));
		writeFileSync(path.join(content, 'program.yaml'), PROGRAM);
		console.error(`Import ${run + 1} of ${runs}…`);
		const result = await measure(process.execPath, [path.join(ROOT, 'scripts/import.ts'), 'wordpress', file, '--no-images'], {
			cwd: ROOT,
			env: { ...process.env, INTERLIBRARY_CONTENT: content, NO_COLOR: '1' },
		});
		rmSync(content, { recursive: true, force: true });
		if (result.code !== 0) throw new Error(`The import failed:\n${result.output.slice(-3000)}`);
		const done = /Done in ([\d.]+) s\./.exec(result.output)?.[1];
		totals.push(result.wallMs);
		if (done) imports.push(Number(done) * 1000);
		peakMb = Math.max(peakMb, result.peakMb);
	}
	const importMedianMs = median(imports);
	return {
		posts,
		exportMb: statSync(file).size / 1_000_000,
		runs,
		totalMedianMs: median(totals),
		importMedianMs,
		peakMb,
		postsPerSecond: posts / (importMedianMs / 1000),
	};
}
