/**
 * What a second interface language costs: the same program built with one
 * interface language and with two (its list pages, home, search, figures and
 * about again under /es/), warm builds alternated so both meet the same
 * machine. Target: two languages within 1.3 times one.
 */
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { contentDir } from '../../src/lib/content-dir.ts';
import { median } from './measure.ts';
import { type Measured, measure } from './process-tree.ts';
import { syntheticPosters } from './posters.ts';
import { type ProgramSize, writeSyntheticProgram } from './synthetic-program.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** The largest ratio of two interface languages' build time to one's that the issue accepts. */
export const LANGUAGES_TARGET = 1.3;

export interface LanguagesBench {
	runs: number;
	oneLanguage: { medianMs: number; pages: number };
	twoLanguages: { medianMs: number; pages: number };
	ratio: number;
	withinTarget: boolean;
}

function setInterfaceLanguages(content: string, languages: string[]): void {
	const file = path.join(content, 'program.yaml');
	const program = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	program['interfaceLanguages'] = languages;
	writeFileSync(file, stringify(program));
}

export async function benchLanguages(size: ProgramSize | 'small', runs: number): Promise<LanguagesBench> {
	const scratch = mkdtempSync(path.join(tmpdir(), 'interlibrary-bench-languages-'));
	try {
		const content = path.join(scratch, 'content');
		if (size === 'small') cpSync(contentDir(ROOT), content, { recursive: true });
		else {
			console.error(`Writing a synthetic program (${size.posts} posts, ${size.posters} posters, ${size.people} people)…`);
			await writeSyntheticProgram(content, size, syntheticPosters(size.posters));
		}
		const out = path.join(scratch, 'dist');
		const env = { ...process.env, INTERLIBRARY_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
		const build = async (languages: string[]): Promise<Measured & { pages: number }> => {
			setInterfaceLanguages(content, languages);
			const result = await measure(process.execPath, [ASTRO, 'build', '--outDir', out], { cwd: ROOT, env });
			if (result.code !== 0) throw new Error(`The build with ${languages.join(' and ')} failed:\n${result.output.slice(-3000)}`);
			return { ...result, pages: globSync('**/*.html', { cwd: out }).length };
		};
		// One build first, so posters and images are in the cache for every measured one.
		console.error('Warming the caches…');
		await build(['en']);
		const one: (Measured & { pages: number })[] = [];
		const two: (Measured & { pages: number })[] = [];
		for (let run = 0; run < runs; run++) {
			console.error(`Run ${run + 1} of ${runs}: one interface language, then two…`);
			one.push(await build(['en']));
			two.push(await build(['en', 'es']));
		}
		const oneMs = median(one.map((result) => result.wallMs));
		const twoMs = median(two.map((result) => result.wallMs));
		return {
			runs,
			oneLanguage: { medianMs: oneMs, pages: one.at(-1)?.pages ?? 0 },
			twoLanguages: { medianMs: twoMs, pages: two.at(-1)?.pages ?? 0 },
			ratio: twoMs / oneMs,
			withinTarget: twoMs / oneMs <= LANGUAGES_TARGET,
		};
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}
