/**
 * Runs on /admin/ only, after the Decap CMS bundle: adds what the form needs beyond
 * Decap's own widgets, then starts the editor with /admin/config.yml.
 *
 * - `optional-object`: an object that may be left empty (a post's cover photo, a virtual
 *   convening's place), but once any part is filled, every part in `required_together`
 *   must be: a photo is refused without its description.
 * - Before saving, empty optional values are left out of the file (Decap writes `''`
 *   for a field left blank, which the schemas rightly refuse as a date or a photo).
 */

/** The little of Immutable.js the widget reads: Decap hands fields and values over as Immutable maps and lists. */
interface ImmutableLike {
	get(key: string): unknown;
	toJS(): unknown;
}

/** What the widget uses of Decap's object control. */
interface ObjectControl {
	props: { value?: ImmutableLike; field: ImmutableLike; validate?: () => void };
	validate: () => void;
}

interface DecapGlobal {
	getWidget(name: string): { control: new (props: unknown) => ObjectControl; preview: unknown } | undefined;
	registerWidget(name: string, control: unknown, preview?: unknown): void;
	registerEventListener(listener: { name: string; handler: (data: { entry: ImmutableLike }) => unknown }): void;
	init(options?: unknown): void;
}

declare global {
	interface Window {
		CMS?: DecapGlobal;
	}
}

function isFilled(value: unknown): boolean {
	if (value === undefined || value === null) return false;
	if (typeof value === 'string') return value.trim() !== '';
	if (typeof value === 'object' && 'size' in value) return (value as { size: number }).size > 0;
	return true;
}

/** Immutable.js collections, as Decap holds an entry's data: maps (fields) and lists. */
interface ImmutableCollection {
	map(transform: (value: unknown) => unknown): ImmutableCollection;
	filter(keep: (value: unknown) => boolean): ImmutableCollection;
}
const isCollection = (value: unknown): value is ImmutableCollection =>
	typeof value === 'object' &&
	value !== null &&
	typeof (value as ImmutableCollection).map === 'function' &&
	typeof (value as ImmutableCollection).filter === 'function';
/** Immutable marks its lists with this property, which maps lack. */
const isList = (value: ImmutableCollection) => Boolean((value as unknown as Record<string, unknown>)['@@__IMMUTABLE_LIST__@@']);

/** The value without empty strings and empty objects, at any depth (lists keep their items). */
function withoutEmpty(value: unknown): unknown {
	if (!isCollection(value)) return value;
	const cleaned = value.map(withoutEmpty);
	return isList(value) ? cleaned : cleaned.filter(isFilled);
}

function registerOptionalObject(cms: DecapGlobal): void {
	const object = cms.getWidget('object');
	if (!object) throw new Error('Decap CMS has no object widget');
	class OptionalObjectControl extends object.control {
		constructor(props: unknown) {
			super(props);
			// Decap validates an object by validating its parts only; run the widget's own check (`isValid`) as well.
			const validateParts = this.validate;
			this.validate = () => {
				validateParts();
				this.props.validate?.();
			};
		}

		isValid = () => {
			const { value, field } = this.props;
			const together = ((field.get('required_together') as ImmutableLike | undefined)?.toJS() as string[] | undefined) ?? [];
			const filled = together.filter((name) => isFilled(value?.get(name)));
			if (filled.length === 0 || filled.length === together.length) return true;
			const parts = ((field.get('fields') as ImmutableLike).toJS() as { name: string; label?: string }[]).filter(
				(part) => together.includes(part.name) && !filled.includes(part.name),
			);
			const names = parts.map((part) => `“${part.label ?? part.name}”`).join(' and ');
			return {
				error: { type: 'CUSTOM', message: `${names} ${parts.length > 1 ? 'are' : 'is'} required here too, or leave “${String(field.get('label'))}” empty.` },
			};
		};
	}
	cms.registerWidget('optional-object', OptionalObjectControl, object.preview);
}

export function startEditor(): void {
	const cms = window.CMS;
	if (!cms) throw new Error('Decap CMS did not load: /admin/decap/decap-cms.js is missing from the build');
	registerOptionalObject(cms);
	cms.registerEventListener({ name: 'preSave', handler: ({ entry }) => withoutEmpty(entry.get('data')) });
	cms.init();
}
