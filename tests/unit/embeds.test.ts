import { describe, expect, test } from 'vitest';
import { allowedEmbed, isHarmlessTag, isSafeUrl } from '../../src/lib/embeds.ts';

describe('untrusted HTML', () => {
	test('keeps allowed video embeds, and nothing else', () => {
		expect(allowedEmbed('<iframe src="https://www.youtube-nocookie.com/embed/abc_DEF-1" title="Call"></iframe>')).toEqual({
			src: 'https://www.youtube-nocookie.com/embed/abc_DEF-1',
			title: 'Call',
		});
		expect(allowedEmbed('<iframe src="https://player.vimeo.com/video/123456"></iframe>')?.title).toBe('Embedded video');
		expect(allowedEmbed('<iframe src="http://www.youtube.com/embed/abc"></iframe>')).toBeUndefined();
		expect(allowedEmbed('<iframe src="https://www.youtube.com.evil.example/embed/abc"></iframe>')).toBeUndefined();
		expect(allowedEmbed('<iframe src="https://www.youtube.com/watch?v=abc"></iframe>')).toBeUndefined();
		expect(allowedEmbed('<iframe src="https://www.youtube.com/embed/abc" onload="x()"></iframe><script></script>')).toBeUndefined();
	});

	test('keeps attribute-free inline tags only', () => {
		expect(isHarmlessTag('<sup>')).toBe(true);
		expect(isHarmlessTag('</sup>')).toBe(true);
		expect(isHarmlessTag('<br/>')).toBe(true);
		expect(isHarmlessTag('<sup onclick="x()">')).toBe(false);
		expect(isHarmlessTag('<script>')).toBe(false);
	});

	test('allows only URLs that cannot run script', () => {
		expect(isSafeUrl('https://example.org')).toBe(true);
		expect(isSafeUrl('/blog/2024/x/')).toBe(true);
		expect(isSafeUrl('mailto:a@example.org')).toBe(true);
		expect(isSafeUrl('javascript:alert(1)')).toBe(false);
		expect(isSafeUrl(' JaVa\tScRiPt:alert(1)')).toBe(false);
		expect(isSafeUrl('data:text/html,<script>')).toBe(false);
	});
});
