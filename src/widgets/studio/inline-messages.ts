import { StateEffect, StateField, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';
import type { StudioMessage } from '../../engine/studio/messages.ts';

/**
 * The checker's messages inside the editor: the faulty line is marked, and the message
 * sits in a block right under it. Built with DOM text nodes only: a message quotes the
 * author's own text, which must stay text.
 */

class MessageWidget extends WidgetType {
	constructor(private readonly message: StudioMessage) {
		super();
	}

	override eq(other: MessageWidget): boolean {
		return other.message.text === this.message.text && other.message.line === this.message.line;
	}

	toDOM(): HTMLElement {
		const box = document.createElement('div');
		box.className = `studio-inline ${this.message.severity}`;
		box.dataset['line'] = String(this.message.line);
		box.dataset['rule'] = this.message.rule ?? 'schema';
		const label = document.createElement('strong');
		label.textContent = `${this.message.severity === 'error' ? '✗ Error' : '⚠ Warning'}${this.message.rule ? ` [${this.message.rule}]` : ''}: `;
		box.append(label, document.createTextNode(this.message.text));
		return box;
	}

	override ignoreEvent(): boolean {
		return false;
	}
}

export const setMessages = StateEffect.define<readonly StudioMessage[]>();

function decorate(view: { state: EditorView['state'] }, messages: readonly StudioMessage[]): DecorationSet {
	const doc = view.state.doc;
	const ranges: Range<Decoration>[] = [];
	for (const message of messages) {
		const line = doc.line(Math.min(Math.max(1, message.line), doc.lines));
		ranges.push(Decoration.line({ class: `studio-problem-line ${message.severity}` }).range(line.from));
		ranges.push(Decoration.widget({ widget: new MessageWidget(message), block: true, side: 1 }).range(line.to));
	}
	return Decoration.set(ranges, true);
}

/** The field holding the decorations; dispatch `setMessages` with each new check. */
export function inlineMessages(): Extension {
	return StateField.define<DecorationSet>({
		create: () => Decoration.none,
		update(decorations, transaction) {
			for (const effect of transaction.effects) if (effect.is(setMessages)) return decorate(transaction, effect.value);
			// Until the next check arrives, messages move with the text they belong to.
			return decorations.map(transaction.changes);
		},
		provide: (field) => EditorView.decorations.from(field),
	});
}
