import { useEffect, useRef, useState } from 'preact/hooks';
import { excerptParts, searchQueryFrom } from '../engine/search-query.ts';

interface Props {
	/** The deploy base, e.g. "/" or "/training/": Pagefind's index is under it. */
	base: string;
}

interface Result {
	url: string;
	title: string;
	excerpt: string;
}

interface PagefindApi {
	options(options: { baseUrl: string }): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }> }[] }>;
}

type Status = { kind: 'idle' } | { kind: 'searching' } | { kind: 'done'; query: string; results: Result[]; total: number } | { kind: 'error' };

const decode = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

/** Search results for ?q=…, from the Pagefind index, loaded only on this page. */
export default function Search({ base }: Props) {
	const [query, setQuery] = useState('');
	const [status, setStatus] = useState<Status>({ kind: 'idle' });
	const heading = useRef<HTMLHeadingElement>(null);

	useEffect(() => {
		const q = searchQueryFrom(window.location.search);
		setQuery(q);
		if (!q) return;
		setStatus({ kind: 'searching' });
		(async () => {
			try {
				const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
				await pagefind.options({ baseUrl: base });
				const found = await pagefind.search(q);
				const results = await Promise.all(
					found.results.slice(0, 20).map(async (r) => {
						const data = await r.data();
						return { url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt };
					}),
				);
				setStatus({ kind: 'done', query: q, results, total: found.results.length });
			} catch {
				setStatus({ kind: 'error' });
			}
		})();
	}, []);

	useEffect(() => {
		if (status.kind === 'done') heading.current?.focus();
	}, [status.kind]);

	return (
		<div class="search">
			<form role="search" method="get" class="search-form">
				<label for="search-page-input">Search lessons, role-plays, procedures and the glossary</label>
				<div class="search-row">
					<input id="search-page-input" name="q" type="search" value={query} maxLength={120} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
					<button type="submit" class="button">
						Search
					</button>
				</div>
			</form>
			<div aria-live="polite" class="search-status">
				{status.kind === 'searching' && <p>Searching…</p>}
				{status.kind === 'error' && <p>Search is not available right now. The search index may be missing from this copy of the site.</p>}
				{status.kind === 'done' && (
					<h2 ref={heading} tabIndex={-1}>
						{status.total === 0 ? `No results for “${status.query}”` : `${status.total} ${status.total === 1 ? 'result' : 'results'} for “${status.query}”`}
					</h2>
				)}
			</div>
			{status.kind === 'done' && status.results.length > 0 && (
				<ol class="search-results">
					{status.results.map((result) => (
						<li key={result.url}>
							<a href={result.url}>{result.title}</a>
							<p>{excerptParts(result.excerpt, decode).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}</p>
						</li>
					))}
				</ol>
			)}
		</div>
	);
}
