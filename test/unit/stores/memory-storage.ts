import { setPersistentEngine, type PersistentListener } from '@nanostores/persistent';

/**
 * A storage engine for @nanostores/persistent that stands in for localStorage, and can
 * misbehave the ways browsers do: refuse every write (`refuseWrites`, with the error a full
 * storage throws, or `error: 'SecurityError'` as when the browser blocks site data), or hold
 * at most `quota` characters (keys and values, as Chromium counts them) and refuse a write
 * that would go over. `otherTabWrites` changes storage as another tab would: the value
 * changes, then this tab hears a storage event.
 */
export function memoryStorage() {
	const data: Record<string, string> = {};
	const listeners: PersistentListener[] = [];
	const state = { refuseWrites: false, error: 'QuotaExceededError' as 'QuotaExceededError' | 'SecurityError', quota: Infinity };
	const used = (except: string) => Object.entries(data).reduce((sum, [key, value]) => sum + (key === except ? 0 : key.length + value.length), 0);
	const storage = new Proxy(data, {
		set(target, key: string, value: string) {
			const text = String(value);
			if (state.refuseWrites || used(key) + key.length + text.length > state.quota) throw new DOMException('The write was refused.', state.error);
			target[key] = text;
			return true;
		},
		deleteProperty(target, key: string) {
			if (state.refuseWrites && state.error === 'SecurityError') throw new DOMException('The write was refused.', state.error);
			delete target[key];
			return true;
		},
	});
	const install = () =>
		setPersistentEngine(storage, {
			addEventListener: (_key, listener) => listeners.push(listener),
			removeEventListener: (_key, listener) => {
				const index = listeners.indexOf(listener);
				if (index >= 0) listeners.splice(index, 1);
			},
			perKey: false,
		});
	install();
	return {
		data,
		state,
		/** Another tab writes (or removes, with undefined) a key, and this tab hears of it. */
		otherTabWrites(key: string, value: string | undefined) {
			if (value === undefined) delete data[key];
			else data[key] = value;
			for (const listener of [...listeners]) listener({ key, newValue: value as string });
		},
		/** Empties storage, forgets the tabs of earlier tests (nanostores unmounts a second late), and takes over again from any engine a test put in. */
		reset() {
			for (const key of Object.keys(data)) delete data[key];
			listeners.length = 0;
			Object.assign(state, { refuseWrites: false, error: 'QuotaExceededError', quota: Infinity });
			install();
		},
	};
}

/** A sessionStorage stand-in (the Storage methods the store uses), for the fallback tests. */
export function memorySession(refuse = false) {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (key: string) => data.get(key) ?? null,
		setItem(key: string, value: string) {
			if (refuse) throw new DOMException('The write was refused.', 'SecurityError');
			data.set(key, value);
		},
		removeItem: (key: string) => void data.delete(key),
	};
}
