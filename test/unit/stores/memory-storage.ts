import { setPersistentEngine, type PersistentListener } from '@nanostores/persistent';

/**
 * A storage engine for @nanostores/persistent that stands in for localStorage, and can
 * misbehave the ways browsers do: refuse every write (storage switched off, or full).
 * `otherTabWrites` changes storage as another tab would: the value changes, then this
 * tab hears a storage event.
 */
export function memoryStorage() {
	const data: Record<string, string> = {};
	const listeners: PersistentListener[] = [];
	const state = { refuseWrites: false };
	const storage = new Proxy(data, {
		set(target, key: string, value: string) {
			if (state.refuseWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			target[key] = String(value);
			return true;
		},
	});
	setPersistentEngine(storage, {
		addEventListener: (_key, listener) => listeners.push(listener),
		removeEventListener: (_key, listener) => {
			const index = listeners.indexOf(listener);
			if (index >= 0) listeners.splice(index, 1);
		},
		perKey: false,
	});
	return {
		data,
		state,
		/** Another tab writes (or removes, with undefined) a key, and this tab hears of it. */
		otherTabWrites(key: string, value: string | undefined) {
			if (value === undefined) delete data[key];
			else data[key] = value;
			for (const listener of [...listeners]) listener({ key, newValue: value as string });
		},
		/** Empties storage and forgets the tabs of earlier tests (nanostores unmounts a second late). */
		reset() {
			for (const key of Object.keys(data)) delete data[key];
			listeners.length = 0;
			state.refuseWrites = false;
		},
	};
}
