/**
 * `npm run init`: turns this checkout into a program of its own. Asks for the
 * program's name, languages, site address and what a round is called (or
 * takes them as flags), writes content/program.yaml, and leaves an empty,
 * valid program: the site builds, and its home page says what to add first.
 *
 *   npm run init
 *   npm run init -- --yes --name "Our Network"
 *   npm run init -- --yes --name "Red de Bibliotecas" --languages es,en --round-term cohorte --round-term-plural cohortes \
 *                    --site https://red.example.org --email hola@red.example.org
 *
 * It never overwrites anything: a content/ folder that already holds files is left alone.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/content-check/check-content.ts';
import { formatProblem, sortProblems } from '../src/content-check/problem.ts';
import { isSampleContent, PROGRAM_CONTENT } from '../src/lib/content-dir.ts';
import { defaultPlural, defaultShortName, programFile } from './init/program-file.ts';
import { readCommandLine } from './lib/command-line.ts';
import { terminalPrompter } from './lib/prompt.ts';

const HELP = `Usage: npm run init -- [--yes] [--name NAME] [options]

Starts your program's own content in ${PROGRAM_CONTENT}/ (until then the site shows the sample program).

  --name NAME                 the program's full name (required)
  --short-name NAME           a short name for the header on phones
  --languages en,es           the languages the program works in, the main one first (default: en)
  --site URL                  where the site will be published, e.g. https://network.example.org
  --base PATH                 the path under that address, e.g. /network/ (default: /)
  --round-term WORD           what the program calls a round: round, cohort, year… (default: round)
  --round-term-plural WORDS   its plural (default: the English plural of --round-term)
  --email ADDRESS             where readers write to (optional)
  --tagline TEXT, --description TEXT
  --yes                       ask nothing: take the flags and the defaults`;

const { values } = readCommandLine(
	{
		yes: { type: 'boolean', default: false },
		name: { type: 'string' },
		'short-name': { type: 'string' },
		languages: { type: 'string' },
		site: { type: 'string' },
		base: { type: 'string' },
		'round-term': { type: 'string' },
		'round-term-plural': { type: 'string' },
		email: { type: 'string' },
		tagline: { type: 'string' },
		description: { type: 'string' },
	},
	HELP,
);

// INTERLIBRARY_CONTENT lets tests (or a second site) start a program elsewhere.
const target = path.resolve(process.env['INTERLIBRARY_CONTENT'] ?? PROGRAM_CONTENT);
const shown = path.relative(process.cwd(), target) || '.';
if (isSampleContent(target)) {
	console.error(`${shown}/ is the sample program that comes with Interlibrary; start your own in ${PROGRAM_CONTENT}/ instead.`);
	process.exit(1);
}
const existing = existsSync(target) ? readdirSync(target, { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.')) : [];
if (existing.length > 0) {
	console.error(
		`${shown}/ already holds ${existing.map((entry) => entry.name + (entry.isDirectory() ? '/' : '')).join(', ')}: init only starts a new, empty program and never overwrites anything. Move those files elsewhere first, or edit ${shown}/program.yaml directly.`,
	);
	process.exit(1);
}

const prompter = terminalPrompter(!values.yes && process.stdin.isTTY === true && process.stdout.isTTY === true);
const ask = async (flag: string | undefined, question: string, fallback?: string) => flag ?? (await prompter.ask(question, fallback));
const name = await ask(values.name, 'The program\u2019s full name');
const shortName = await ask(values['short-name'], 'A short name for the header on phones', name ? defaultShortName(name) : undefined);
const languages = await ask(values.languages, 'Its languages, the main one first (codes such as en, es, ar, pt-BR)', 'en');
const site = await ask(values.site, 'Where the site will be published (you can change this later)', 'http://localhost:4321');
const roundSingular = await ask(values['round-term'], 'What the program calls a round (round, cohort, year…)', 'round');
const roundPlural = await ask(values['round-term-plural'], 'And in the plural', defaultPlural(roundSingular ?? 'round'));
const email = await ask(values.email, 'An address readers can write to (optional)', '');
prompter.close();

const file = programFile({
	name,
	shortName,
	languages: languages
		?.split(',')
		.map((tag) => tag.trim())
		.filter(Boolean),
	site,
	base: values.base,
	roundSingular,
	roundPlural,
	email,
	tagline: values.tagline,
	description: values.description,
});
if (!file.ok) {
	console.error('Could not start the program:');
	for (const problem of file.problems) console.error(`  ${problem}`);
	if (!prompter.interactive) console.error('\nRun it in a terminal to be asked, or see: npm run init -- --help');
	process.exit(1);
}

mkdirSync(target, { recursive: true });
writeFileSync(path.join(target, 'program.yaml'), file.text);
console.log(`Created ${shown}/program.yaml.`);

const problems = sortProblems((await checkContent({ contentDir: target })).problems);
if (problems.length > 0) {
	for (const problem of problems) console.error(formatProblem(problem));
	process.exit(1);
}
console.log(`Your program is ready, and empty: the site builds from ${shown}/ from now on, and its home page says what to add first.

Next:
  npm run dev                          see the site at http://localhost:4321/
  npm run new -- person --name "…"     add the coordinators and participants
  npm run new -- round --title "…"     add a ${roundSingular ?? 'round'}, with its dates and groups
  npm run new -- post --title "…"      write the first post`);
