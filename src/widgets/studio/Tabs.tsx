import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface Tab {
	id: string;
	label: string;
}

interface Props {
	tabs: readonly Tab[];
	active: string;
	onSelect: (id: string) => void;
	label: string;
	children: ComponentChildren;
}

/** ARIA tabs: one tab stop, arrow keys (and Home/End) move between tabs. */
export default function Tabs({ tabs, active, onSelect, label, children }: Props) {
	const list = useRef<HTMLDivElement>(null);
	const move = (event: KeyboardEvent) => {
		const index = tabs.findIndex((t) => t.id === active);
		const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
		if (to === undefined) return;
		event.preventDefault();
		const next = tabs[(to + tabs.length) % tabs.length]!;
		onSelect(next.id);
		list.current?.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
	};
	return (
		<div class="studio-tabs">
			<div role="tablist" aria-label={label} ref={list} onKeyDown={move}>
				{tabs.map((tab) => (
					<button
						key={tab.id}
						type="button"
						role="tab"
						id={`tab-${tab.id}`}
						aria-selected={tab.id === active}
						aria-controls={`panel-${tab.id}`}
						tabIndex={tab.id === active ? 0 : -1}
						onClick={() => onSelect(tab.id)}
					>
						{tab.label}
					</button>
				))}
			</div>
			<div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} tabIndex={0} class="studio-panel">
				{children}
			</div>
		</div>
	);
}
