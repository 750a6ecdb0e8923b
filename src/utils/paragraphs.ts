/** Splits prose written with blank lines between paragraphs (YAML folded text) into paragraphs. */
export function paragraphs(text: string): string[] {
	return text
		.split(/\n+/)
		.map((p) => p.trim())
		.filter(Boolean);
}
