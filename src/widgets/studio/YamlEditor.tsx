import { useEffect, useRef } from 'preact/hooks';
import { EditorState } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentMore, indentLess } from '@codemirror/commands';
import { indentOnInput } from '@codemirror/language';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { yaml } from '@codemirror/lang-yaml';
import type { StudioMessage } from '../../engine/studio/messages.ts';
import { editorTheme } from './editor-theme.ts';
import { inlineMessages, setMessages } from './inline-messages.ts';

export interface Jump {
	line: number;
	/** Changes with every request, so asking for the same line twice still jumps. */
	n: number;
}

interface Props {
	/** Which draft is open: a new key replaces the text (and its undo history). */
	docKey: string;
	text: string;
	messages: readonly StudioMessage[];
	onChange: (text: string) => void;
	jump: Jump | null;
	/** The editor's accessible name and description (ids do not reach into its shadow root). */
	label: string;
	description: string;
}

/**
 * Typing over a selection is left to the browser by default, and Chrome then carries the
 * deleted text's look over as an inline style attribute, which the CSP blocks (and
 * reports). Replacing the selection here keeps the edit in CodeMirror's hands.
 */
const typingOverSelection = EditorView.domEventHandlers({
	beforeinput(event, view) {
		if (event.inputType !== 'insertText' || !event.data || view.state.selection.ranges.every((range) => range.empty)) return false;
		event.preventDefault();
		view.dispatch(view.state.replaceSelection(event.data), { userEvent: 'input.type', scrollIntoView: true });
		return true;
	},
});

/**
 * The YAML editor (CodeMirror 6). Tab is left to the browser, so the keyboard can always
 * leave the editor; Ctrl+] and Ctrl+[ indent (YAML wants spaces, which they insert).
 */
export default function YamlEditor({ docKey, text, messages, onChange, jump, label, description }: Props) {
	const host = useRef<HTMLDivElement>(null);
	const view = useRef<EditorView | null>(null);
	const changed = useRef(onChange);
	changed.current = onChange;

	useEffect(() => {
		const state = EditorState.create({
			doc: text,
			extensions: [
				lineNumbers(),
				highlightActiveLineGutter(),
				highlightActiveLine(),
				highlightSelectionMatches(),
				drawSelection(),
				history(),
				indentOnInput(),
				EditorState.tabSize.of(2),
				yaml(),
				editorTheme,
				inlineMessages(),
				EditorView.lineWrapping,
				keymap.of([{ key: 'Mod-]', run: indentMore }, { key: 'Mod-[', run: indentLess }, ...defaultKeymap, ...historyKeymap, ...searchKeymap]),
				EditorView.contentAttributes.of({ tabindex: '0', 'aria-label': label, 'aria-description': description, spellcheck: 'true', lang: 'en-GB' }),
				typingOverSelection,
				EditorView.updateListener.of((update) => {
					if (update.docChanged) changed.current(update.state.doc.toString());
				}),
			],
		});
		// A shadow root, so CodeMirror's styles are constructed style sheets that the CSP allows.
		const root = host.current!.shadowRoot ?? host.current!.attachShadow({ mode: 'open' });
		view.current = new EditorView({ state, parent: root, root });
		return () => view.current?.destroy();
	}, [docKey]);

	useEffect(() => {
		view.current?.dispatch({ effects: setMessages.of(messages) });
	}, [messages]);

	useEffect(() => {
		const editor = view.current;
		if (!jump || !editor) return;
		const line = editor.state.doc.line(Math.min(Math.max(1, jump.line), editor.state.doc.lines));
		editor.dispatch({ selection: { anchor: line.from }, effects: EditorView.scrollIntoView(line.from, { y: 'center' }) });
		editor.focus();
	}, [jump]);

	return <div class="studio-codemirror" ref={host} />;
}
