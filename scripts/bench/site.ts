/**
 * The whole build, measured: our site on a program of a chosen size, cold
 * (no caches) and warm, a rebuild after one post changes, and the same
 * posts built by a bare Astro site in the same run.
 */
import { appendFileSync, cpSync, existsSync, globSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pageWeights } from '../verify/page-weights.ts';
import { contentDir } from '../../src/lib/content-dir.ts';
import { cacheDirFor } from '../../src/lib/site-config.ts';
import { entryId } from '../../src/lib/entry-id.ts';
import { routes } from '../../src/lib/urls.ts';
import { writeBareAstroSite } from './bare-astro.ts';
import { type DevTimes, measureDev } from './dev.ts';
import { type PosterRepository, servePosterRepository } from './poster-repository.ts';
import { type FirstQuery, firstQueryBytes, pagePerType, type ReaderBytes, readerBytes } from './reader-bytes.ts';
import { median } from './measure.ts';
import { type Measured, measure } from './process-tree.ts';
import { syntheticPosters } from './posters.ts';
import { type ProgramSize, writeSyntheticProgram } from './synthetic-program.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface SiteBench {
	size: ProgramSize & { pages: number };
	runs: number;
	cold: { medianMs: number; runsMs: number[]; peakMb: number; posterSeconds: number | undefined; pagefindMs: number | undefined };
	warm: { medianMs: number; runsMs: number[]; peakMb: number };
	/** Median of the rebuilds, each after one more post changed. */
	rebuildAfterOnePostMs: number;
	rebuildRunsMs: number[];
	/** Each warm run's time per page over the median bare Astro time per page. */
	ratioPerPageRuns: number[];
	perPageMs: number;
	bare: { medianMs: number; peakMb: number; perPostMs: number; dev: DevTimes };
	/** `astro dev` on the same program, with the caches of the builds above. */
	dev: DevTimes;
	ours: { perPostMs: number };
	ratioPerPost: number;
	distBytes: number;
	distFiles: number;
	pagefindBytes: number;
	/** What a reader's browser downloads for the search page and one query, search index included. */
	firstQuery: FirstQuery;
	/** Our warm build per page built, over bare Astro's per page (its posts and one index). */
	ratioPerPage: number;
	byPageType: Record<string, { pages: number; html: number; css: number; js: number }>;
	/** Bytes on the wire when Chromium opens one page of each type. */
	readerBytes: Record<string, ReaderBytes>;
}

function folderBytes(dir: string): number {
	return globSync('**/*', { cwd: dir }).reduce((sum, file) => {
		const stat = statSync(path.join(dir, file));
		return stat.isFile() ? sum + stat.size : sum;
	}, 0);
}

function folderFiles(dir: string): number {
	return globSync('**/*', { cwd: dir }).filter((file) => statSync(path.join(dir, file)).isFile()).length;
}

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

function ensureOk(result: Measured, what: string): Measured {
	if (result.code !== 0) throw new Error(`${what} failed:\n${result.output.slice(-3000)}`);
	return result;
}

export interface SiteBenchOptions {
	/** Keep the synthetic program's posters in a repository (served on this machine over https), as a large program should. */
	postersInRepository?: boolean;
}

export async function benchSite(size: ProgramSize | 'small', runs: number, { postersInRepository = false }: SiteBenchOptions = {}): Promise<SiteBench> {
	const scratch = mkdtempSync(path.join(tmpdir(), 'interlibrary-bench-'));
	let repository: PosterRepository | undefined;
	try {
		// The program's own content, or the sample program while it has none.
		const source = contentDir(ROOT);
		let content = source;
		let counts: ProgramSize;
		if (size === 'small') {
			const count = (pattern: string) => globSync(pattern, { cwd: content }).length;
			counts = {
				posts: count('blog/**/*.md'),
				testimonials: count('testimonials/*.md'),
				posters: count('posters/*/index.md'),
				people: count('people/*.yaml'),
				rounds: count('rounds/*.yaml'),
			};
			console.error(`Measuring the content in ${path.relative(ROOT, source) || '.'}/`);
			// A copy, so that changing one post for the rebuild leaves the real content alone.
			content = path.join(scratch, 'content');
			cpSync(source, content, { recursive: true });
		} else {
			counts = size;
			console.error(`Writing a synthetic program (${size.posts} posts, ${size.posters} posters, ${size.people} people)…`);
			content = path.join(scratch, 'content');
			const pdfs = syntheticPosters(size.posters);
			if (postersInRepository) repository = await servePosterRepository(pdfs, scratch);
			await writeSyntheticProgram(content, size, repository ? repository.urls : pdfs);
		}
		const out = path.join(scratch, 'dist');
		const env = cleanEnv({ INTERLIBRARY_CONTENT: content, ...(repository ? { NODE_EXTRA_CA_CERTS: repository.certificateFile } : {}) });
		const cacheDir = path.join(ROOT, cacheDirFor(content));
		const build = async (what: string) => ensureOk(await measure(process.execPath, [ASTRO, 'build', '--outDir', out], { cwd: ROOT, env }), what);

		const cold: Measured[] = [];
		for (let run = 0; run < runs; run++) {
			rmSync(cacheDir, { recursive: true, force: true });
			console.error(`Cold build ${run + 1} of ${runs}…`);
			cold.push(await build('the cold build'));
		}
		const warm: Measured[] = [];
		for (let run = 0; run < runs; run++) {
			console.error(`Warm build ${run + 1} of ${runs}…`);
			warm.push(await build('the warm build'));
		}
		// Each rebuild follows a change to the text of a different post, as a participant's edit would.
		const postFiles = globSync('**/*.md', { cwd: path.join(content, 'blog') }).sort();
		const onePost = postFiles[0] ?? '';
		const rebuilds: Measured[] = [];
		for (let run = 0; run < runs; run++) {
			appendFileSync(path.join(content, 'blog', postFiles[run % postFiles.length] ?? onePost), '\nOne more sentence, added for the rebuild.\n');
			console.error(`Rebuild ${run + 1} of ${runs} after changing one post…`);
			rebuilds.push(await build('the rebuild'));
		}

		const pages = globSync('**/*.html', { cwd: out }).length;
		const weights = pageWeights(out);
		const byPageType: SiteBench['byPageType'] = {};
		for (const type of new Set(weights.map((w) => w.type))) {
			const ofType = weights.filter((w) => w.type === type);
			byPageType[type] = {
				pages: ofType.length,
				html: median(ofType.map((w) => w.html)),
				css: median(ofType.map((w) => w.css)),
				js: median(ofType.map((w) => w.js)),
			};
		}
		const onFirstView = await readerBytes(out, pagePerType(out));
		const lastCold = cold.at(-1)?.output ?? '';
		const posterSeconds = /Poster PDFs: \d+ rendered.*\(([\d.]+) s\)/.exec(lastCold)?.[1];
		const pagefindMs = /for search in (\d+) ms/.exec(lastCold)?.[1];

		const bareDir = path.join(scratch, 'bare');
		writeBareAstroSite(bareDir, path.join(content, 'blog'), ROOT);
		const bare: Measured[] = [];
		for (let run = 0; run < runs; run++) {
			rmSync(path.join(bareDir, 'cache'), { recursive: true, force: true });
			rmSync(path.join(bareDir, '.astro'), { recursive: true, force: true });
			console.error(`Bare Astro build ${run + 1} of ${runs}…`);
			bare.push(
				ensureOk(
					await measure(process.execPath, [ASTRO, 'build', '--root', bareDir, '--outDir', path.join(bareDir, 'dist')], { cwd: bareDir, env: cleanEnv({}) }),
					'the bare Astro build',
				),
			);
		}
		console.error('astro dev: first page, and a saved post showing on its page…');
		const postId = entryId(onePost);
		const dev = await measureDev({ astro: ASTRO, args: [], cwd: ROOT, env, postFile: path.join(content, 'blog', onePost), postPath: routes.post(postId) });
		const bareDev = await measureDev({
			astro: ASTRO,
			args: ['--root', bareDir],
			cwd: bareDir,
			env: cleanEnv({}),
			postFile: path.join(bareDir, 'posts', onePost),
			postPath: `/${postId}/`,
		});

		// Our per-post cost: a warm build (posters cached, as in everyday use) spread over the posts.
		const warmMs = median(warm.map((r) => r.wallMs));
		const bareMs = median(bare.map((r) => r.wallMs));
		const ours = { perPostMs: warmMs / counts.posts };
		const bareResult = { medianMs: bareMs, peakMb: Math.max(...bare.map((r) => r.peakMb)), perPostMs: bareMs / counts.posts, dev: bareDev };
		return {
			size: { ...counts, pages },
			runs,
			cold: {
				medianMs: median(cold.map((r) => r.wallMs)),
				runsMs: cold.map((r) => r.wallMs),
				peakMb: Math.max(...cold.map((r) => r.peakMb)),
				posterSeconds: posterSeconds ? Number(posterSeconds) : undefined,
				pagefindMs: pagefindMs ? Number(pagefindMs) : undefined,
			},
			warm: { medianMs: warmMs, runsMs: warm.map((r) => r.wallMs), peakMb: Math.max(...warm.map((r) => r.peakMb)) },
			rebuildAfterOnePostMs: median(rebuilds.map((r) => r.wallMs)),
			rebuildRunsMs: rebuilds.map((r) => r.wallMs),
			ratioPerPageRuns: warm.map((r) => r.wallMs / pages / (bareMs / (counts.posts + 1))),
			perPageMs: warmMs / pages,
			bare: bareResult,
			dev,
			ours,
			ratioPerPost: ours.perPostMs / bareResult.perPostMs,
			distBytes: folderBytes(out),
			distFiles: folderFiles(out),
			firstQuery: await firstQueryBytes(out, 'library'),
			ratioPerPage: warmMs / pages / (bareMs / (counts.posts + 1)),
			pagefindBytes: existsSync(path.join(out, 'pagefind')) ? folderBytes(path.join(out, 'pagefind')) : 0,
			byPageType,
			readerBytes: onFirstView,
		};
	} finally {
		await repository?.close();
		rmSync(scratch, { recursive: true, force: true });
	}
}
