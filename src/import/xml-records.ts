/**
 * Reads a large XML export as a stream, one record at a time, so a 100 MB
 * file is imported in bounded memory: only the record being read (an Atom
 * `<entry>` or a WXR `<item>`) is ever held as a tree. Uses saxes, a
 * maintained streaming parser; the small tree type is ours because saxes
 * hands out events, not nodes.
 */
import { createReadStream, openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { characterEntities } from 'character-entities';
import { SaxesParser, type SaxesTagNS } from 'saxes';

/** Namespaces the importer reads, under the prefixes it uses for them whatever the file calls them. */
const NAMESPACES: [RegExp, string][] = [
	[/^http:\/\/www\.w3\.org\/2005\/Atom$/, 'atom'],
	[/^http:\/\/purl\.org\/atom\/app#$|^http:\/\/www\.w3\.org\/2007\/app$/, 'app'],
	[/^http:\/\/purl\.org\/syndication\/thread\/1\.0$/, 'thr'],
	[/^http:\/\/schemas\.google\.com\/blogger\/2018$/, 'blogger'],
	[/^http:\/\/schemas\.google\.com\/g\/2005$/, 'gd'],
	[/^http:\/\/search\.yahoo\.com\/mrss\/?$/, 'media'],
	[/^http:\/\/wordpress\.org\/export\/[^/]+\/?$/, 'wp'],
	[/^http:\/\/wordpress\.org\/export\/[^/]+\/excerpt\/?$/, 'excerpt'],
	[/^http:\/\/purl\.org\/rss\/1\.0\/modules\/content\/?$/, 'content'],
	[/^http:\/\/purl\.org\/dc\/elements\/1\.1\/?$/, 'dc'],
];

/** One element of a record: name as `prefix:local` (see NAMESPACES) or bare, attributes by local name. */
export interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	/** The element's own text (and CDATA), children's text not included. */
	text: string;
}

/** The first child with that name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
	return element.children.find((candidate) => candidate.name === name);
}

/** Every child with that name. */
export function children(element: XmlElement, name: string): XmlElement[] {
	return element.children.filter((candidate) => candidate.name === name);
}

/** The trimmed text of the first child with that name, or undefined when it is absent or empty. */
export function childText(element: XmlElement, name: string): string | undefined {
	const text = child(element, name)?.text.trim();
	return text ? text : undefined;
}

/** What the file is, from its root element. */
export interface XmlRoot {
	/** `atom:feed` or `rss`. */
	name: string;
	/** Namespace URIs declared on the root, by prefix as written. */
	namespaces: Record<string, string>;
}

/** A problem with the file itself, said for a coordinator. */
export class ExportFileError extends Error {}

function qualifiedName(tag: { uri: string; local: string; name: string }): string {
	if (!tag.uri) return tag.local;
	for (const [pattern, prefix] of NAMESPACES) if (pattern.test(tag.uri)) return `${prefix}:${tag.local}`;
	return tag.name;
}

/** The last bytes of a file, trimmed, to see whether it ends where an export ends. */
function tail(file: string, bytes = 4096): string {
	const fd = openSync(file, 'r');
	try {
		const size = fstatSync(fd).size;
		const length = Math.min(bytes, size);
		const buffer = Buffer.alloc(length);
		readSync(fd, buffer, 0, length, size - length);
		return buffer.toString('utf8').trim();
	} finally {
		closeSync(fd);
	}
}

/** The first bytes of a file, to tell a ZIP or an HTML page from an export before parsing. */
function head(file: string, bytes = 512): Buffer {
	const fd = openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(bytes);
		const read = readSync(fd, buffer, 0, bytes, 0);
		return buffer.subarray(0, read);
	} finally {
		closeSync(fd);
	}
}

/**
 * Refuses, before anything is written, files that cannot be a whole export:
 * a ZIP (Google Takeout's download), an empty file, a file that does not end
 * with the closing tag of a feed (cut off while downloading).
 */
export function checkExportFile(file: string): void {
	const start = head(file);
	if (start.length === 0) throw new ExportFileError('is empty: export the blog again');
	if (start[0] === 0x50 && start[1] === 0x4b) {
		throw new ExportFileError(
			'is a ZIP archive: unzip it first, and import the export inside it (Blogger: Takeout/Blogger/Blogs/<blog>/feed.atom; WordPress: the .xml file)',
		);
	}
	const text = start
		.toString('utf8')
		.replace(/^\uFEFF/, '')
		.trimStart();
	if (!text.startsWith('<'))
		throw new ExportFileError(
			'is not an export: it is not XML. Use the file from Blogger\u2019s "Back up content", Google Takeout\u2019s feed.atom, or WordPress\u2019s Tools \u2192 Export',
		);
	const end = tail(file);
	if (!/<\/(\w+:)?(feed|rss)>$/.test(end)) {
		if (/<\/(\w+:)?(html|body)>$/i.test(end))
			throw new ExportFileError(
				'is a web page, not an export. Use the file from Blogger\u2019s "Back up content", Google Takeout\u2019s feed.atom, or WordPress\u2019s Tools \u2192 Export',
			);
		throw new ExportFileError('ends in the middle of the export (it was probably cut off while downloading): download the export again. Nothing was imported');
	}
}

/**
 * Streams `file` and yields every record (each child of the Atom feed, or
 * of the RSS channel) as a small tree, together with the root it is in.
 * Throws ExportFileError, with the line, when the XML is broken.
 */
export async function* readRecords(file: string): AsyncGenerator<{ root: XmlRoot; record: XmlElement }> {
	const parser = new SaxesParser({ xmlns: true, position: true });
	// WordPress writes HTML entities (&nbsp;, &eacute;) where XML knows only five.
	Object.assign(parser.ENTITIES, characterEntities);
	let root: XmlRoot | undefined;
	let recordDepth = 0;
	const stack: XmlElement[] = [];
	let depth = 0;
	const ready: XmlElement[] = [];
	let failure: Error | undefined;

	parser.on('error', (error) => {
		failure ??= new ExportFileError(`is not valid XML at line ${parser.line}: ${error.message.replace(/^.*?:\d+:\d+: /, '')}`);
	});
	parser.on('opentag', (tag: SaxesTagNS) => {
		depth++;
		const name = qualifiedName(tag);
		if (depth === 1) {
			const namespaces: Record<string, string> = {};
			for (const attribute of Object.values(tag.attributes)) {
				if (attribute.prefix === 'xmlns') namespaces[attribute.local] = attribute.value;
				else if (attribute.name === 'xmlns') namespaces[''] = attribute.value;
			}
			root = { name, namespaces };
			if (name === 'atom:feed') recordDepth = 2;
			else if (name === 'rss') recordDepth = 3;
			else
				failure ??= new ExportFileError(`is not a Blogger or WordPress export: it is XML, but its root is <${tag.name}>, not an Atom <feed> or an RSS <rss>`);
			return;
		}
		if (depth < recordDepth) return;
		const attributes: Record<string, string> = {};
		for (const attribute of Object.values(tag.attributes))
			if (attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns') attributes[attribute.local] = attribute.value;
		const element: XmlElement = { name, attributes, children: [], text: '' };
		stack.at(-1)?.children.push(element);
		stack.push(element);
	});
	const addText = (text: string) => {
		const current = stack.at(-1);
		if (current) current.text += text;
	};
	parser.on('text', addText);
	parser.on('cdata', addText);
	parser.on('closetag', () => {
		if (depth >= recordDepth && recordDepth > 0) {
			const element = stack.pop();
			// The parser's text is a slice of a 256 kB chunk of the file; an id or a slug kept for the
			// report would keep the whole chunk alive. A copy keeps memory bounded however long the file.
			if (element && element.text) element.text = Buffer.from(element.text, 'utf8').toString('utf8');
			if (element && depth === recordDepth) ready.push(element);
		}
		depth--;
	});

	for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
		parser.write(chunk as string);
		if (failure) throw failure;
		for (const record of ready.splice(0)) if (root) yield { root, record };
	}
	parser.close();
	if (failure) throw failure;
	for (const record of ready.splice(0)) if (root) yield { root, record };
	if (!root) throw new ExportFileError('is not an export: it has no XML root element');
}
