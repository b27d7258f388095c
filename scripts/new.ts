/**
 * `npm run new`: starts a new post, testimonial, poster, convening, event, opportunity, person or round
 * with every field in place, checked against the same schemas as the build.
 * Asks for what is missing when run in a terminal; fully scriptable with flags.
 *
 *   npm run new -- post --title "Our first call" --author ana-lopez --round 2024
 *   npm run new -- testimonial --author ana-lopez --round 2024
 *   npm run new -- poster --title "Two Libraries" --author ana-lopez --author kwame-mensah --round 2024 --pdf ~/poster.pdf
 *   npm run new -- convening --title "Lima Convening" --format in-person --start 2025-05-10 --city Lima --country PE
 *   npm run new -- event --title "Café: reading clubs" --kind cafe --start "2026-03-12 18:00" --end "2026-03-12 19:00" --timezone America/Bogota --online https://meet.example.org/cafe
 *   npm run new -- opportunity --title "Travel grants" --kind grant --offered-by "A foundation" --link https://example.org/grants --deadline 2026-05-01
 *   npm run new -- person --name "Ana López" --library "Biblioteca Central" --city Lima --country PE --round 2024
 *   npm run new -- round --title "Round 2026" --start 2026-02-01 --end 2026-07-31
 */
import { constants, copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { fieldName } from '../src/content-check/zod-messages.ts';
import { contentDir, isSampleContent } from '../src/lib/content-dir.ts';
import { attachmentOf, entryFiles } from '../src/lib/content-files.ts';
import { isRemotePdf } from '../src/lib/pdf/remote-pdf.ts';
import { readCommandLine } from './lib/command-line.ts';
import { terminalPrompter } from './lib/prompt.ts';
import { buildEntry, KINDS, type Kind, type Answers } from './new/entries.ts';

const HELP = `Usage: npm run new -- <${KINDS.join('|')}> [--field value …]

Fields (repeat a flag, or separate with commas, for lists):
  post         --title --author --round --tags --summary --lang --date --slug
  testimonial  --author --round --quote --lang --date --slug
  poster       --title --subtitle --author --round --topics --license --lang --slug --pdf FILE
  convening    --title --format (in-person|virtual|hybrid) --start --end --city --country --host --round --summary --recording
  event        --title --kind (dialogue|cafe|webinar|deadline|meeting) --start "YYYY-MM-DD HH:MM" --end --timezone --online --speaker --round --summary --lang --slug
  opportunity  --title --kind (call-for-papers|call-for-posters|grant|award|committee|other) --offered-by --link --deadline --eligibility --summary --lang --slug
  person       --name --id --roles --library --city --country --round --bio
  round        --title --start --end --id --summary

In a terminal, anything required and missing is asked for.`;

const { positionals, values } = readCommandLine(
	Object.fromEntries(
		[
			'title',
			'subtitle',
			'author',
			'round',
			'tags',
			'topics',
			'summary',
			'lang',
			'date',
			'slug',
			'quote',
			'license',
			'pdf',
			'format',
			'start',
			'end',
			'city',
			'country',
			'host',
			'recording',
			'name',
			'id',
			'roles',
			'library',
			'bio',
			'kind',
			'timezone',
			'online',
			'speaker',
			'offered-by',
			'link',
			'deadline',
			'eligibility',
		].map((name) => [name, { type: 'string' as const, multiple: true }]),
	),
	HELP,
	{ positionals: true },
);

const kind = positionals[0] as Kind | undefined;
if (!kind || !KINDS.includes(kind)) {
	console.error(kind ? `"${kind}" is not something this can create.\n` : '');
	console.error(HELP);
	process.exit(kind ? 1 : 0);
}

if (positionals.length > 1) {
	// `npm run new post --title "A visit"` (without `--`) gives npm the flags and leaves their values here.
	console.error(
		`${positionals
			.slice(1)
			.map((word) => `"${word}"`)
			.join(', ')} came without a flag. Put -- after \`npm run new\` so that the flags reach it: npm run new -- ${kind} --title "…"`,
	);
	process.exit(1);
}

const root = contentDir();
if (isSampleContent(root)) {
	// New entries belong to the program, never to the sample the product ships.
	console.error('There is no content/ folder yet, so there is nowhere to add this. Run `npm run init` to start your program, then run this again.');
	process.exit(1);
}
const ids = (collection: 'people' | 'rounds') => entryFiles(root, collection).map(({ id }) => id);
const known = { people: ids('people'), rounds: ids('rounds').sort().reverse() };
/** Flags that take lists: "a,b" is two values (titles and summaries keep their commas). */
const LIST_FLAGS = new Set(['author', 'tags', 'topics', 'roles', 'round', 'speaker']);
const answers: Answers = {};
for (const [key, list] of Object.entries(values)) {
	if (!Array.isArray(list)) continue; // --help
	answers[key] = list
		.flatMap((value) => (LIST_FLAGS.has(key) ? value.split(',') : [value]))
		.map((part) => part.trim())
		.filter(Boolean);
}

const prompter = terminalPrompter();
const built = await buildEntry(kind, answers, { known, ask: (question) => prompter.ask(question), today: new Date() });
prompter.close();
const terminal = prompter.interactive;

if (!built.ok) {
	console.error(`Could not create the ${kind}:`);
	for (const problem of built.problems) console.error(`  ${problem.field ? `\`${fieldName(problem.field)}\` ` : ''}${problem.message}`);
	if (!terminal) console.error(`\nRun it in a terminal to be asked for what is missing, or see: npm run new -- --help`);
	process.exit(1);
}

const shown = (file: string) => path.relative(process.cwd(), file);
const target = path.join(root, built.file);
if (existsSync(target)) {
	console.error(`${shown(target)} already exists; choose another --slug or --id.`);
	process.exit(1);
}
const attachment = built.attachment ? attachmentOf(built.attachment) : undefined;
const chosenName = attachment ? built.data[attachment.field] : undefined;
const named = typeof chosenName === 'string' ? chosenName : '';
const attachmentTarget = attachment && !isRemotePdf(named) ? path.join(path.dirname(target), named || attachment.defaultName) : undefined;
const pdf = answers['pdf']?.[0];
// Both are looked at before anything is written: a file already in content/ is never replaced.
if (attachmentTarget && pdf && !isRemotePdf(pdf)) {
	if (existsSync(attachmentTarget)) {
		console.error(`${shown(attachmentTarget)} already exists, and this would replace it; choose another --slug, or leave out --pdf to keep that file.`);
		process.exit(1);
	}
	if (!existsSync(pdf) || !statSync(pdf).isFile()) {
		console.error(`There is no file ${pdf} to copy; check the path given to --pdf.`);
		process.exit(1);
	}
}
mkdirSync(path.dirname(target), { recursive: true });
const frontmatter = stringify(built.data, { lineWidth: 0 }).trimEnd();
// YAML entries carry their guidance as comments after the fields; Markdown ones as the body after the frontmatter.
writeFileSync(target, target.endsWith('.yaml') ? `${frontmatter}\n${built.body ?? ''}` : `---\n${frontmatter}\n---\n\n${built.body ?? ''}`);
console.log(`Created ${shown(target)}`);
if (attachment && isRemotePdf(named)) {
	console.log(`The PDF stays in its repository: the build downloads it from ${named}`);
} else if (attachmentTarget && pdf) {
	copyFileSync(pdf, attachmentTarget, constants.COPYFILE_EXCL);
	console.log(`Copied ${pdf} to ${shown(attachmentTarget)}`);
} else if (attachmentTarget) {
	console.log(`Now put the poster's PDF at ${shown(attachmentTarget)}`);
}
console.log('Then run `npm run check` to check it, and `npm run dev` to see it.');
