import { createDraft } from './studio.ts';
import type { Draft } from '../engine/studio/drafts.ts';

/**
 * Where a draft's first text comes from: the template or a site role-play (files the build
 * copies next to the studio, cached for offline use), or a file from the author's disk.
 * Each answers with the new draft or a sentence saying what went wrong and what to do.
 */

export type Opened = { ok: true; draft: Draft } | { ok: false; problem: string };

/** Larger than any role-play an author would write; a bigger file is probably not one. */
export const MAX_FILE_BYTES = 512 * 1024;

export async function openFromSite(href: string, origin: string, what: string): Promise<Opened> {
	try {
		const response = await fetch(href);
		if (!response.ok) return { ok: false, problem: `${what} could not be loaded (the server answered ${response.status}). Reload the page and try again.` };
		return { ok: true, draft: createDraft(await response.text(), origin) };
	} catch {
		return {
			ok: false,
			problem: `${what} could not be loaded: you seem to be offline, and it was not saved for offline use yet. Connect once and open it again.`,
		};
	}
}

/** A role-play file from the author's disk, as text. */
export async function readYamlFile(file: File): Promise<{ ok: true; text: string } | { ok: false; problem: string }> {
	if (!/\.ya?ml$/i.test(file.name)) return { ok: false, problem: `“${file.name}” is not a YAML file. Choose a role-play file ending in .yaml.` };
	if (file.size > MAX_FILE_BYTES)
		return {
			ok: false,
			problem: `“${file.name}” is ${Math.round(file.size / 1024)} KB, larger than any role-play (at most ${MAX_FILE_BYTES / 1024} KB). Choose the role-play's own file.`,
		};
	try {
		return { ok: true, text: await file.text() };
	} catch {
		return { ok: false, problem: `“${file.name}” could not be read. Check that it is still there and try again.` };
	}
}

export async function openFromFile(file: File): Promise<Opened> {
	const read = await readYamlFile(file);
	return read.ok ? { ok: true, draft: createDraft(read.text, `file:${file.name}`) } : read;
}

/** The catalogue the build writes for the studio (see src/utils/studio-catalogue.ts), or a sentence saying why not. */
export async function fetchCatalogue<T>(href: string): Promise<{ ok: true; catalogue: T } | { ok: false; problem: string }> {
	try {
		const response = await fetch(href);
		if (response.ok) return { ok: true, catalogue: (await response.json()) as T };
		return { ok: false, problem: `The procedures to check against could not be loaded (the server answered ${response.status}). Reload the page.` };
	} catch {
		return {
			ok: false,
			problem:
				'The procedures to check against could not be loaded: you seem to be offline, and this page was not saved for offline use yet. Connect once and reload.',
		};
	}
}
