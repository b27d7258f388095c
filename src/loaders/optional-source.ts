/**
 * Content a program may not have yet: a folder it has not made (no events
 * so far, no imported comments) or an optional file (redirects.yaml, made by
 * an import). Astro's own loaders report a missing path: the file loader as
 * an error ("File not found") and the glob loader as a warning, on every
 * build and every start of `astro dev`, where a coordinator reads them as
 * something to fix. Here a missing path is an empty collection. Under
 * `astro dev` it is watched, and Astro's loader takes over once something
 * appears there, so a folder or file made while the server runs shows
 * without a restart.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';

/** Whether `changed` is `location` itself or inside it. */
function isAt(location: string, changed: string): boolean {
	const relative = path.relative(location, path.resolve(changed));
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function nearestExisting(location: string): string {
	let folder = path.dirname(location);
	while (!existsSync(folder) && path.dirname(folder) !== folder) folder = path.dirname(folder);
	return folder;
}

/** `loader` for `location`, which may not exist: see above. */
export function optionalSource(name: string, location: string, loader: Loader): Loader {
	let waiting = false;
	return {
		name,
		load: async (context: LoaderContext) => {
			if (existsSync(location)) return loader.load(context);
			context.store.clear();
			const { watcher } = context;
			// `load` runs again when the content is synced again: one listener is enough.
			if (!watcher || waiting) return;
			waiting = true;
			// The watcher reports nothing under a path that does not exist: watch the nearest folder that does.
			watcher.add(nearestExisting(location));
			// A file, not a folder: Astro's glob loader reads the folder's files when it starts,
			// so the first file in a new folder is read however it was made.
			const onAdd = (changed: string) => {
				if (!isAt(location, changed)) return;
				watcher.off('add', onAdd);
				waiting = false;
				loader.load(context).catch((error: unknown) => {
					context.logger.error(`Could not read ${path.basename(location)}: ${error instanceof Error ? error.message : String(error)}`);
				});
			};
			watcher.on('add', onAdd);
		},
	};
}
