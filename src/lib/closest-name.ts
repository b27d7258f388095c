/**
 * "Did you mean": the closest known name to a mistyped one (`autors` →
 * `authors`, `CC-BY-4` → `CC-BY-4.0`), by edit distance, case aside. Hand-written:
 * a dozen lines, where a fuzzy-search library would bring an index we do not need.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
	let best: { key: string; distance: number } | undefined;
	for (const key of known) {
		const distance = editDistance(name.toLowerCase(), key.toLowerCase());
		if (distance <= Math.max(2, Math.floor(key.length / 3)) && (!best || distance < best.distance)) {
			best = { key, distance };
		}
	}
	return best?.key;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length]!;
}
