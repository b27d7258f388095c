/** Minutes a reader needs for a Markdown text, at 200 words a minute; at least 1. */
export function readingMinutes(markdown: string): number {
	const text = markdown
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
	// Words in space-separated scripts; CJK text counts a word for every two characters.
	const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
	const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
	return Math.max(1, Math.round((words + cjk / 2) / 200));
}
