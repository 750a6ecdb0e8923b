import { describe, expect, test } from 'vitest';
import { linkUrlSchema } from '../../../src/schemas/shared.ts';

// Content is data, not code: a link in content can only be a web address or a site path.
describe('links in content', () => {
	test.each(['https://example.com/policies/refunds', 'http://intranet.local/handbook', '/procedures/issue-resolution/', './notes/', '../lessons/'])(
		'accepts %s',
		(url) => {
			expect(linkUrlSchema.safeParse(url).success).toBe(true);
		},
	);

	test.each([
		'javascript:alert(1)',
		' JavaScript:alert(1)',
		'java\tscript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'//evil.example.com/x',
		'file:///etc/passwd',
		'https://',
		'mailto:someone@example.com',
	])('refuses %j', (url) => {
		const result = linkUrlSchema.safeParse(url);
		expect(result.success).toBe(false);
		if (!result.success)
			expect(result.error.issues[0]!.message).toBe('must start with https://, http:// or / (a link on this site); other kinds of link are not allowed');
	});
});
