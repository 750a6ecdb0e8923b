import { useEffect, useRef } from 'preact/hooks';
import { EditorState } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentMore, indentLess } from '@codemirror/commands';
import { indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { yaml } from '@codemirror/lang-yaml';
import { classHighlighter } from '@lezer/highlight';
import type { StudioMessage } from '../../engine/studio/messages.ts';
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
	labelledBy: string;
	describedBy: string;
}

/**
 * The YAML editor (CodeMirror 6). Tab is left to the browser, so the keyboard can always
 * leave the editor; Ctrl+] and Ctrl+[ indent (YAML wants spaces, which they insert).
 */
export default function YamlEditor({ docKey, text, messages, onChange, jump, labelledBy, describedBy }: Props) {
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
				syntaxHighlighting(classHighlighter),
				inlineMessages(),
				EditorView.lineWrapping,
				keymap.of([{ key: 'Mod-]', run: indentMore }, { key: 'Mod-[', run: indentLess }, ...defaultKeymap, ...historyKeymap, ...searchKeymap]),
				EditorView.contentAttributes.of({ 'aria-labelledby': labelledBy, 'aria-describedby': describedBy, spellcheck: 'true', lang: 'en-GB' }),
				EditorView.updateListener.of((update) => {
					if (update.docChanged) changed.current(update.state.doc.toString());
				}),
			],
		});
		view.current = new EditorView({ state, parent: host.current! });
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
