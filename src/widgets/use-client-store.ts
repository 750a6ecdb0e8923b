import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';

/**
 * Reads a store whose value lives in the browser (localStorage), without a hydration
 * mismatch: the first render uses `serverValue`, matching the HTML built at build time,
 * and the stored value arrives on the next render, which Preact diffs normally.
 * (Hydration does not patch DOM properties such as a radio's `checked`.)
 */
export function useClientStore<T>(store: ReadableAtom<T>, serverValue: T): T {
	const value = useStore(store);
	const [mounted, setMounted] = useState(false);
	useEffect(() => setMounted(true), []);
	return mounted ? value : serverValue;
}
