/**
 * The editor's configuration against the schemas: every schema field is in the form,
 * required exactly where the schema requires it, with the right widget, and the folders
 * are those the checker reads. A new schema field without a label fails here.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { EDITABLE_COLLECTIONS, type EditableCollection } from '../../src/editor/editor-collections.ts';
import { EDITOR_SCHEMAS, editorConfig, editorLocale, type EditorField, schemaFieldPaths } from '../../src/editor/editor-config.ts';
import { editorRoot, editorTarget } from '../../src/editor/editor-target.ts';
import { SOURCES } from '../../src/schemas/collections.ts';
import { type Program, programSchema } from '../../src/schemas/program.ts';
import { editorProblems } from '../../scripts/verify/editor-page.ts';
import { SAMPLE } from '../support/build.ts';

const sampleProgram = programSchema.parse(parse(readFileSync(path.join(SAMPLE, 'program.yaml'), 'utf8')));
const withGitHub: Program = {
	...sampleProgram,
	editor: { repository: 'open-stacks/website', branch: 'main', authEndpoint: 'https://sign-in.example.org/auth' },
};

interface CollectionConfig {
	name: EditableCollection;
	folder?: string;
	path?: string;
	extension?: string;
	media_folder?: string;
	public_folder?: string;
	fields?: EditorField[];
	files?: { file: string; fields: EditorField[] }[];
}

function collections(program: Program, localProxy?: string): CollectionConfig[] {
	return editorConfig(program, { contentFolder: 'content', ...(localProxy ? { localProxy } : {}) }).collections as CollectionConfig[];
}
const byName = (name: EditableCollection, program = sampleProgram) => collections(program).find((collection) => collection.name === name)!;
const fieldsOf = (collection: CollectionConfig) => collection.fields ?? collection.files?.[0]?.fields ?? [];

/** Every field path of the configuration, with its field. */
function configFields(fields: EditorField[], prefix = ''): Map<string, EditorField> {
	const found = new Map<string, EditorField>();
	for (const field of fields) {
		const fieldPath = prefix ? `${prefix}.${field.name}` : field.name;
		found.set(fieldPath, field);
		for (const [nested, nestedField] of configFields(field.fields ?? [], fieldPath)) found.set(nested, nestedField);
	}
	return found;
}

/** A field path of a schema, followed to its zod schema. */
function schemaAt(collection: EditableCollection, fieldPath: string): { optional: boolean } {
	let schema = EDITOR_SCHEMAS[collection] as unknown as { _zod: { def: Record<string, unknown> } };
	let optional = false;
	for (const name of fieldPath.split('.')) {
		let def = schema._zod.def;
		while (def['type'] === 'array') def = (def['element'] as typeof schema)._zod.def;
		schema = (def['shape'] as Record<string, typeof schema>)[name]!;
		const type = schema._zod.def['type'];
		optional = type === 'optional' || type === 'default';
		while (['optional', 'default'].includes(String(schema._zod.def['type']))) schema = schema._zod.def['innerType'] as typeof schema;
	}
	return { optional };
}

describe('the editor configuration, from the schemas', () => {
	test.each(EDITABLE_COLLECTIONS)('%s: every schema field is in the form, required exactly where the schema requires it', (name) => {
		const fields = configFields(fieldsOf(byName(name)));
		const schemaPaths = schemaFieldPaths(name);
		// The form has the schema's fields and, for Markdown, the text: nothing else.
		const extra = SOURCES[name].markdown ? ['body'] : [];
		const formPaths = [...fields.keys()].filter((fieldPath) => !fieldPath.startsWith('imported.'));
		expect(formPaths.sort()).toEqual([...schemaPaths, ...extra].sort());
		for (const fieldPath of schemaPaths) {
			const field = fields.get(fieldPath)!;
			expect(field.label, fieldPath).toBeTruthy();
			const parent = fieldPath.includes('.') ? fields.get(fieldPath.slice(0, fieldPath.lastIndexOf('.'))) : undefined;
			const { optional } = schemaAt(name, fieldPath);
			if (parent?.widget === 'optional-object') {
				// Inside an optional object, a required part is required together with the others.
				expect(field.required, fieldPath).toBe(false);
				expect(parent.required_together?.includes(field.name) ?? false, fieldPath).toBe(!optional);
			} else {
				expect(field.required !== false, fieldPath).toBe(!optional && field.widget !== 'hidden');
			}
		}
	});

	test('writes into the folders, with the file names, that the checker reads', () => {
		const blog = byName('blog');
		expect([blog.folder, blog.path, blog.extension]).toEqual(['content/blog', '{{year}}/{{slug}}', 'md']);
		const posters = byName('posters');
		// content/posters/<slug>/index.md, with the PDF uploaded into the same folder.
		expect([posters.folder, posters.path, posters.media_folder, posters.public_folder]).toEqual(['content/posters', '{{slug}}/index', '', '']);
		expect(byName('people').extension).toBe('yaml');
		expect(byName('program').files?.[0]?.file).toBe('content/program.yaml');
		for (const collection of collections(sampleProgram)) {
			if (collection.folder) expect(collection.folder).toBe(`content/${SOURCES[collection.name].path}`);
			// MDX, which runs code at build time, is never offered.
			expect(collection.extension ?? 'yaml').not.toBe('mdx');
		}
	});

	test('offers lists for people, rounds, countries, languages, roles and licences, and patterns for dates and addresses', () => {
		const post = configFields(fieldsOf(byName('blog')));
		expect(post.get('authors')).toMatchObject({ widget: 'relation', collection: 'people', multiple: true, min: 1, value_field: '{{slug}}' });
		expect(post.get('round')).toMatchObject({ widget: 'relation', collection: 'rounds', required: false });
		expect(post.get('date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
		expect(new RegExp(post.get('date')!.pattern![0]).test('2024-03-14')).toBe(true);
		expect(post.get('lang')?.options).toEqual(sampleProgram.languages.map((tag) => expect.objectContaining({ value: tag })));
		expect(post.get('cover')).toMatchObject({ widget: 'optional-object', required_together: ['src', 'alt'] });
		// The summary's 400 characters, counted in the form.
		const summary = new RegExp(post.get('summary')!.pattern![0]);
		expect([summary.test('a\n'.repeat(200)), summary.test('a'.repeat(401))]).toEqual([true, false]);
		const person = configFields(fieldsOf(byName('people')));
		expect(person.get('roles')).toMatchObject({ widget: 'select', multiple: true, min: 1, options: ['participant', 'liaison', 'coordinator', 'guest'] });
		expect(person.get('country')?.options).toContainEqual({ value: 'NG', label: 'Nigeria' });
		expect(person.get('links.url')?.pattern?.[0]).toBe('^https?://\\S+$');
		const round = configFields(fieldsOf(byName('rounds')));
		expect(round.get('groups.members')).toMatchObject({ widget: 'relation', collection: 'people', multiple: true, min: 2, max: 3 });
		expect(round.get('groups.liaison')).toMatchObject({ widget: 'relation', collection: 'people', required: false });
		const convening = configFields(fieldsOf(byName('convenings')));
		// Each photo of a gallery needs its description and caption.
		expect(['gallery.src', 'gallery.alt', 'gallery.caption'].map((fieldPath) => convening.get(fieldPath)?.required)).toEqual([undefined, undefined, undefined]);
		expect(convening.get('gallery.src')?.widget).toBe('image');
		expect(configFields(fieldsOf(byName('posters'))).get('license')).toMatchObject({ widget: 'select', default: 'CC-BY-4.0' });
		expect(configFields(fieldsOf(byName('program'))).get('languages')?.field?.pattern?.[0]).toMatch(/^\^\[A-Za-z\]/);
	});

	test('the poster PDF: the upload limit stated beside it, or the address of the PDF in a repository', () => {
		const pdf = configFields(fieldsOf(byName('posters'))).get('pdf')!;
		expect(pdf).toMatchObject({ widget: 'file', choose_url: true });
		expect(pdf.hint).toBe('Upload the PDF (at most 20 MB). Larger? Put it in a repository such as Zenodo or OSF and paste its https:// address instead.');
		const limited = configFields(fieldsOf(byName('posters', { ...sampleProgram, posterSizeLimitMb: 8 }))).get('pdf')!;
		expect(limited.hint).toMatch(/^Upload the PDF \(at most 8 MB\)/);
		// The form accepts what the schema accepts: a file beside index.md, or an https:// address.
		const pattern = new RegExp(pdf.pattern![0]);
		for (const value of ['poster.pdf', 'https://zenodo.org/records/1234567/files/poster.pdf', 'http://example.org/poster.pdf', 'posters/poster.pdf']) {
			expect(pattern.test(value), value).toBe(EDITOR_SCHEMAS.posters.safeParse({ title: 'T', authors: ['a'], round: '2024', pdf: value }).success);
		}
	});

	test('uses the program’s word for a round in labels', () => {
		const cohorts = { ...sampleProgram, roundTerm: { singular: 'cohort', plural: 'cohorts' } };
		const rounds = byName('rounds', cohorts) as CollectionConfig & { label: string };
		expect(rounds.label).toBe('Cohorts');
		expect(configFields(fieldsOf(byName('blog', cohorts))).get('round')?.label).toBe('Cohort');
	});

	test('on GitHub: open authoring with the editorial workflow, signing in through the program’s endpoint', () => {
		const config = editorConfig(withGitHub, { contentFolder: 'content' });
		expect(config['publish_mode']).toBe('editorial_workflow');
		expect(config['backend']).toMatchObject({
			name: 'github',
			repo: 'open-stacks/website',
			branch: 'main',
			open_authoring: true,
			base_url: 'https://sign-in.example.org',
			auth_endpoint: 'auth',
		});
		expect(config['local_backend']).toBeUndefined();
		const local = editorConfig(sampleProgram, { contentFolder: 'content', localProxy: 'http://127.0.0.1:8081/api/v1' });
		expect(local['local_backend']).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
		expect(local['publish_mode']).toBeUndefined();
	});

	test('the interface in the first of the program’s languages that Decap speaks', () => {
		expect(editorLocale(['ar', 'es', 'en'])).toBe('es');
		expect(editorLocale(['uk'])).toBe('uk');
		expect(editorLocale(['pt-BR'])).toBe('pt');
		expect(editorLocale(['zh-TW'])).toBe('zh_Hant');
		expect(editorLocale(['sw'])).toBe('en');
	});

	test('paths start at the repository holding the content', () => {
		const project = path.resolve(import.meta.dirname, '../..');
		expect(editorRoot(SAMPLE)).toBe(project);
		expect(editorTarget(SAMPLE, {}).contentFolder).toBe('examples/open-stacks/content');
		expect(editorTarget('/nowhere/program/content', {})).toEqual({ contentFolder: 'content' });
	});
});

describe('the program settings for the editor', () => {
	test('accept a repository, a branch and a sign-in address, and refuse a repository not written owner/name', () => {
		const parsed = programSchema.parse({ ...sampleProgram, editor: { repository: 'open-stacks/website', authEndpoint: 'https://sign-in.example.org/auth' } });
		expect(parsed.editor?.branch).toBe('main');
		expect(
			programSchema.safeParse({ ...sampleProgram, editor: { repository: 'https://github.com/open-stacks/website', authEndpoint: 'https://x.example' } })
				.success,
		).toBe(false);
	});
});

describe('the quality gate on the editor page', () => {
	test('names an editor page that search engines could reach', () => {
		const out = mkdtempSync(path.join(tmpdir(), 'interlibrary-editor-gate-'));
		try {
			mkdirSync(path.join(out, 'admin'));
			writeFileSync(
				path.join(out, 'admin/index.html'),
				'<!doctype html><html lang="en"><head><title>Editor</title></head><body><main data-pagefind-body></main></body></html>',
			);
			writeFileSync(path.join(out, 'sitemap-0.xml'), '<urlset><url><loc>https://example.org/admin/</loc></url></urlset>');
			expect(editorProblems(out)).toEqual([
				'admin/index.html lacks <meta name="robots" content="noindex">',
				'admin/index.html is marked for the search index (data-pagefind-body)',
				'sitemap-0.xml lists /admin/',
			]);
			writeFileSync(
				path.join(out, 'admin/index.html'),
				'<!doctype html><html lang="en"><head><meta name="robots" content="noindex, nofollow"><title>Editor</title></head><body></body></html>',
			);
			writeFileSync(path.join(out, 'sitemap-0.xml'), '<urlset><url><loc>https://example.org/blog/</loc></url></urlset>');
			expect(editorProblems(out)).toEqual([]);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});
