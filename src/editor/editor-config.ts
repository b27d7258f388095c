/**
 * The configuration of the editor at /admin/ (Decap CMS), generated from the zod schemas
 * so that the form asks for what the checker enforces: every field with its widget,
 * required exactly where the schema requires it, patterns for dates, ids and addresses,
 * lists to choose countries, languages, roles, licences, people and rounds from, and
 * images that cannot be saved without alt text. Nothing here is written by hand per field
 * except the labels and hints (`field-text.ts`).
 */
import { z } from 'astro/zod';
import { countryName } from '../lib/countries.ts';
import { languageName } from '../lib/language.ts';
import { scheduleDay } from '../schemas/calendar.ts';
import { SOURCES, schemasFor } from '../schemas/collections.ts';
import { calendarDate, countryCode, importedFrom, languageTag, licenseId, tagList, webUrl } from '../schemas/fields.ts';
import { DEFAULT_POSTER_SIZE_LIMIT_MB, type Program } from '../schemas/program.ts';
import { referencedCollection } from '../schemas/reference.ts';
import isoCountries from 'i18n-iso-countries';
import { EDITABLE_COLLECTIONS, EDITOR_LAYOUT, type EditableCollection } from './editor-collections.ts';
import { fieldText, type RoundWords } from './field-text.ts';

/** A field of Decap's configuration (only the keys we write). */
export interface EditorField {
	name: string;
	label: string;
	hint?: string;
	widget: string;
	required?: boolean;
	pattern?: [string, string];
	default?: unknown;
	options?: (string | { label: string; value: string })[];
	multiple?: boolean;
	min?: number;
	max?: number;
	fields?: EditorField[];
	field?: EditorField;
	collection?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	format?: string;
	date_format?: string;
	time_format?: boolean;
	picker_utc?: boolean;
	value_type?: string;
	choose_url?: boolean;
	allow_multiple?: boolean;
	collapsed?: boolean;
	summary?: string;
	modes?: string[];
	/** `optional-object`: the parts that must be filled when any part is. */
	required_together?: string[];
}

/** Where the editor saves: the program's GitHub repository, or this computer through `decap-server`. */
export interface EditorTarget {
	/** The content folder as a path inside the repository (or inside the folder decap-server serves): `content`. */
	contentFolder: string;
	/** `npm run admin`: the address of the local decap-server proxy. */
	localProxy?: string;
}

/** The marker the editor's schemas get for `image()`, so image fields can be told apart. */
const IMAGE_MARKER: z.ZodType = z.string().meta({ description: 'an image file beside the entry' });
export const EDITOR_SCHEMAS = schemasFor(() => IMAGE_MARKER);

/** The licences offered in the list: Creative Commons, which posters use; other SPDX ids stay valid in the file. */
export const OFFERED_LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-4.0', 'CC-BY-NC-ND-4.0', 'CC0-1.0'] as const;

/** The languages Decap's interface is translated into (decap-cms-locales), as BCP 47 tags → Decap's names. */
const DECAP_LOCALES: Record<string, string> = {
	bg: 'bg',
	ca: 'ca',
	cs: 'cs',
	da: 'da',
	de: 'de',
	en: 'en',
	es: 'es',
	fa: 'fa',
	fr: 'fr',
	el: 'gr',
	he: 'he',
	hr: 'hr',
	hu: 'hu',
	it: 'it',
	ja: 'ja',
	ko: 'ko',
	lt: 'lt',
	mk: 'mk',
	nb: 'nb_no',
	nn: 'nn_no',
	nl: 'nl',
	pl: 'pl',
	pt: 'pt',
	ro: 'ro',
	ru: 'ru',
	sk: 'sk',
	sl: 'sl',
	'sr-Cyrl': 'sr_Cyrl',
	sv: 'sv',
	th: 'th',
	tr: 'tr',
	uk: 'uk',
	vi: 'vi',
	'zh-Hans': 'zh_Hans',
	'zh-Hant': 'zh_Hant',
};

/** The editor's interface language: the first of the program's languages Decap has, else English. */
export function editorLocale(languages: readonly string[]): string {
	for (const tag of languages) {
		const locale = new Intl.Locale(tag).maximize();
		const found = DECAP_LOCALES[`${locale.language}-${locale.script}`] ?? DECAP_LOCALES[locale.language];
		if (found) return found;
	}
	return 'en';
}

const ISO_DAY_PATTERN: [string, string] = ['^\\d{4}-\\d{2}-\\d{2}$', 'a date written YYYY-MM-DD, like 2024-03-14'];
const WEB_ADDRESS_PATTERN: [string, string] = ['^https?://\\S+$', 'a web address starting with https://'];
const LANGUAGE_TAG_PATTERN: [string, string] = ['^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$', 'a language code such as en, es, ar or pt-BR'];

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
interface Check {
	check: string;
	[key: string]: unknown;
}
const checksOf = (schema: z.ZodType): Check[] => ((defOf(schema).checks as { _zod: { def: Check } }[] | undefined) ?? []).map((check) => check._zod.def);

/** True for a shared field builder, also after `.refine()` (which makes a copy sharing its parts). */
function isBuilder(schema: z.ZodType, builder: z.ZodType): boolean {
	if (schema === builder) return true;
	const def = defOf(schema);
	const other = defOf(builder);
	return def.type === 'pipe' && other.type === 'pipe' && def.in === other.in && def.out === other.out;
}

/** The schema without `.optional()` and `.default()`, and whether either was there. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; defaultValue?: unknown } {
	let inner = schema;
	let optional = false;
	let defaultValue: unknown;
	for (;;) {
		const def = defOf(inner);
		if (def.type === 'optional') optional = true;
		else if (def.type === 'default') {
			optional = true;
			defaultValue = def.defaultValue;
		} else return { inner, optional, defaultValue };
		inner = def.innerType as z.ZodType;
	}
}

/** An object schema's fields, also after `.refine()`. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
	const def = defOf(schema);
	return def.type === 'object' ? (def.shape as Record<string, z.ZodType>) : undefined;
}

/** What a tag list is inside its `.default([])`. */
const TAG_LIST = unwrap(tagList).inner;

interface Context {
	collection: EditableCollection;
	program: Program;
	round: RoundWords;
}

const RELATION: Record<'people' | 'rounds', Pick<EditorField, 'search_fields' | 'display_fields'>> = {
	people: { search_fields: ['name', 'library', 'city'], display_fields: ['name'] },
	rounds: { search_fields: ['title'], display_fields: ['title'] },
};

function countryOptions(): { label: string; value: string }[] {
	return Object.keys(isoCountries.getAlpha2Codes())
		.map((code) => ({ value: code, label: countryName(code) }))
		.sort((a, b) => a.label.localeCompare(b.label));
}

function languageOptions(program: Program): { label: string; value: string }[] {
	return program.languages.map((tag) => ({ value: tag, label: `${languageName(tag, 'en')} (${tag})` }));
}

/** The widget for one value (what an item of a list holds, or a field without its name and label). */
function widgetFor(schema: z.ZodType, fieldPath: string, ctx: Context): Omit<EditorField, 'name' | 'label'> {
	if (schema === IMAGE_MARKER) return { widget: 'image', choose_url: false };
	const referenced = referencedCollection(schema);
	if (referenced) return { widget: 'relation', collection: referenced, value_field: '{{slug}}', ...RELATION[referenced] };
	// A poster session's days are plain days in the editor; `build+7` is for sample content only.
	if (isBuilder(schema, calendarDate) || isBuilder(schema, scheduleDay))
		return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true, pattern: ISO_DAY_PATTERN };
	if (isBuilder(schema, countryCode)) return { widget: 'select', options: countryOptions() };
	if (isBuilder(schema, languageTag)) {
		// The program's own list may name any language; an entry is written in one of the program's.
		return ctx.collection === 'program' ? { widget: 'string', pattern: LANGUAGE_TAG_PATTERN } : { widget: 'select', options: languageOptions(ctx.program) };
	}
	if (isBuilder(schema, TAG_LIST)) return { widget: 'list' };
	if (isBuilder(schema, licenseId)) return { widget: 'select', options: [...OFFERED_LICENCES] };
	if (isBuilder(schema, webUrl)) return { widget: 'string', pattern: WEB_ADDRESS_PATTERN };
	if (isBuilder(schema, importedFrom)) return { widget: 'hidden' };
	if (fieldPath === SOURCES.posters.attachment.field && ctx.collection === 'posters') {
		// Uploads land beside index.md; "Insert from URL" takes a repository address instead.
		return {
			widget: 'file',
			choose_url: true,
			pattern: ['^(https://\\S+|[^/\\\\:]+\\.pdf)$', 'a PDF file, or the https:// address of the PDF in a repository'],
		};
	}
	const def = defOf(schema);
	const checks = checksOf(schema);
	const minimum = checks.find((check) => check.check === 'min_length')?.minimum as number | undefined;
	const maximum = checks.find((check) => check.check === 'max_length')?.maximum as number | undefined;
	const limits = { ...(minimum !== undefined ? { min: minimum } : {}), ...(maximum !== undefined ? { max: maximum } : {}) };
	switch (def.type) {
		case 'object':
			return { widget: 'object', fields: fieldsOf(schema, fieldPath, ctx) };
		case 'array': {
			const element = unwrap(def.element as z.ZodType).inner;
			const item = widgetFor(element, fieldPath, ctx);
			if (item.widget === 'relation' || item.widget === 'select') return { ...item, multiple: true, ...limits };
			if (item.widget === 'object') return { widget: 'list', fields: item.fields ?? [], collapsed: false, ...limits };
			return { widget: 'list', field: { name: fieldPath.split('.').at(-1) ?? fieldPath, label: ' ', ...item }, ...limits };
		}
		case 'enum':
			return { widget: 'select', options: Object.values(def.entries as Record<string, string>) };
		case 'boolean':
			return { widget: 'boolean' };
		case 'record':
			// Words per interface language (program.terms): a nested form per language would bury the program's
			// settings; coordinators edit them in program.yaml, and the editor keeps what is there.
			return { widget: 'hidden' };
		case 'number': {
			const whole = checks.some((check) => check.format === 'safeint');
			const atLeastZero = checks.some((check) => check.check === 'greater_than' && check.value === 0);
			return { widget: 'number', value_type: whole ? 'int' : 'float', ...(atLeastZero ? { min: 0 } : {}) };
		}
		case 'string': {
			const regex = checks.find((check) => check.check === 'string_format' && check.pattern instanceof RegExp)?.pattern as RegExp | undefined;
			const format = def.pattern instanceof RegExp ? def.pattern : regex;
			if (format) return { widget: 'string', pattern: [format.source, 'the form the hint shows'] };
			// A length limit (a summary's 400 characters) is a pattern too, so the form counts them.
			if (maximum !== undefined) return { widget: 'string', pattern: [`^[\\s\\S]{0,${maximum}}$`, `at most ${maximum} characters`] };
			return { widget: 'string' };
		}
		default:
			throw new Error(`The editor has no widget for ${ctx.collection}.${fieldPath} (a zod ${def.type}); add one in src/editor/editor-config.ts`);
	}
}

/** The fields of an object schema, with their labels and hints. */
function fieldsOf(schema: z.ZodType, prefix: string, ctx: Context): EditorField[] {
	const shape = shapeOf(schema);
	if (!shape) throw new Error(`${ctx.collection}.${prefix || '(entry)'} is not an object schema`);
	return Object.entries(shape).map(([name, fieldSchema]) => {
		const fieldPath = prefix ? `${prefix}.${name}` : name;
		const { inner, optional, defaultValue } = unwrap(fieldSchema);
		const limitMb = String(ctx.program.posterSizeLimitMb ?? DEFAULT_POSTER_SIZE_LIMIT_MB);
		const text = fieldText(ctx.collection, fieldPath, ctx.round, { limit: limitMb });
		if (!text) throw new Error(`The editor has no label for ${ctx.collection}.${fieldPath}; add one in src/editor/field-text.ts`);
		const widget = widgetFor(inner, fieldPath, ctx);
		const field: EditorField = { name, label: text.label, ...(text.hint ? { hint: text.hint } : {}), ...widget };
		if (field.widget === 'string' && text.multiline) field.widget = 'text';
		if (field.widget === 'list' && !field.field && !field.fields) delete field.field;
		if (optional) field.required = false;
		if (field.widget === 'hidden') field.required = false;
		// A list left empty is a list with no items, which the schema accepts.
		if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0) && typeof defaultValue !== 'object')
			field.default = defaultValue;
		if (widget.widget === 'object') return objectField(field, optional);
		return field;
	});
}

/**
 * An object field. When the object itself is optional (a post's cover photo, a virtual
 * convening's place) but its parts are not, Decap cannot require the parts on their own:
 * the `optional-object` widget (registered on the admin page) accepts the object empty,
 * or with every part in `required_together` filled, so a photo cannot be saved without
 * its description.
 */
function objectField(field: EditorField, optional: boolean): EditorField {
	const parts = field.fields ?? [];
	const together = parts.filter((part) => part.required !== false).map((part) => part.name);
	if (!optional || together.length === 0) return { ...field, collapsed: false };
	return {
		...field,
		widget: 'optional-object',
		required_together: together,
		fields: parts.map((part) => ({ ...part, required: false })),
		collapsed: false,
	};
}

/** The text a Markdown entry has below its front matter. */
function bodyField(ctx: Context): EditorField {
	const text = fieldText(ctx.collection, 'body', ctx.round);
	// A post or a testimonial is its text; a poster or a convening report may be only its fields.
	const required = ctx.collection === 'blog' || ctx.collection === 'testimonials';
	return { name: 'body', label: text?.label ?? 'Text', ...(text?.hint ? { hint: text.hint } : {}), widget: 'markdown', modes: ['rich_text', 'raw'], required };
}

function fill(template: string, round: RoundWords): string {
	return template.replace('{Rounds}', capitalise(round.plural)).replace('{Round}', capitalise(round.singular));
}
const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/** One collection of the editor. */
function collectionConfig(collection: EditableCollection, program: Program, target: EditorTarget): Record<string, unknown> {
	const round = program.roundTerm;
	const ctx: Context = { collection, program, round };
	const source = SOURCES[collection];
	const layout = EDITOR_LAYOUT[collection];
	const schema = EDITOR_SCHEMAS[collection] as z.ZodType;
	const fields = [...fieldsOf(schema, '', ctx), ...(source.markdown ? [bodyField(ctx)] : [])];
	const label = fill(layout.label, round);
	const labelSingular = fill(layout.singular, round);
	if (collection === 'program') {
		return { name: collection, label, files: [{ name: 'program', label, file: `${target.contentFolder}/${source.path}`, fields }] };
	}
	const extension = source.markdown ? 'md' : 'yaml';
	return {
		name: collection,
		label,
		label_singular: labelSingular,
		folder: `${target.contentFolder}/${source.path}`,
		create: true,
		extension,
		format: source.markdown ? 'frontmatter' : 'yaml',
		slug: layout.slug,
		identifier_field: layout.identifier,
		...(layout.path ? { path: layout.path } : {}),
		// content/blog/<year>/<slug>.md: the editor lists the posts of every year.
		...(collection === 'blog' ? { nested: { depth: 2 } } : {}),
		...(layout.media ? { media_folder: layout.media.folder, public_folder: layout.media.public } : {}),
		...(layout.summary ? { summary: layout.summary } : {}),
		fields,
	};
}

/** The whole configuration, as Decap reads it from /admin/config.yml. */
export function editorConfig(program: Program, target: EditorTarget): Record<string, unknown> {
	const setup = program.editor;
	const auth = setup ? new URL(setup.authEndpoint) : undefined;
	const backend = {
		name: 'github',
		repo: setup?.repository ?? 'program/not-set-up',
		branch: setup?.branch ?? 'main',
		...(auth ? { base_url: auth.origin, auth_endpoint: auth.pathname.replace(/^\/+/, '') || 'auth' } : {}),
		// Participants without write access edit in their own fork; saving opens a pull request.
		// (Decap refuses it with the local backend, which has no pull requests.)
		...(target.localProxy ? {} : { open_authoring: true }),
		always_fork: false,
		squash_merges: true,
		commit_messages: {
			create: 'New {{collection}} “{{slug}}” from the editor',
			update: 'Update {{collection}} “{{slug}}” from the editor',
			delete: 'Delete {{collection}} “{{slug}}” from the editor',
			uploadMedia: 'Upload “{{path}}” from the editor',
			deleteMedia: 'Delete “{{path}}” from the editor',
			openAuthoring: '{{message}}',
		},
	};
	return {
		backend,
		// decap-server (`npm run admin`) writes files directly; on GitHub, every change is a pull request first.
		...(target.localProxy ? { local_backend: { url: target.localProxy } } : { publish_mode: 'editorial_workflow' }),
		locale: editorLocale(program.languages),
		site_url: new URL(program.base, program.site).href,
		display_url: new URL(program.base, program.site).href,
		// The site-wide upload folder is unused: every collection keeps its files beside its entries.
		media_folder: `${target.contentFolder}/uploads`,
		public_folder: 'uploads',
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: EDITABLE_COLLECTIONS.map((collection) => collectionConfig(collection, program, target)),
	};
}

/** Every field path of an editable collection's schema, for tests that compare the configuration with the schemas. */
export function schemaFieldPaths(collection: EditableCollection): string[] {
	const paths: string[] = [];
	const walk = (schema: z.ZodType, prefix: string) => {
		for (const [name, field] of Object.entries(shapeOf(schema) ?? {})) {
			const fieldPath = prefix ? `${prefix}.${name}` : name;
			paths.push(fieldPath);
			const { inner } = unwrap(field);
			const def = defOf(inner);
			if (isBuilder(inner, importedFrom)) continue;
			const nested = def.type === 'array' ? unwrap(def.element as z.ZodType).inner : inner;
			if (shapeOf(nested)) walk(nested, fieldPath);
		}
	};
	walk(EDITOR_SCHEMAS[collection] as z.ZodType, '');
	return paths;
}
