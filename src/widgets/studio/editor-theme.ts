import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';
import type { Extension } from '@codemirror/state';

/**
 * The editor's look. CodeMirror writes its styles as constructed style sheets inside the
 * editor's shadow root (see YamlEditor), which the page's Content-Security-Policy allows;
 * a <style> element would need 'unsafe-inline'. The site's colour tokens (custom
 * properties) reach into the shadow root, so light and dark themes follow the page.
 */
const theme = EditorView.theme({
	'&': {
		height: 'min(75vh, 46rem)',
		border: '1px solid var(--border)',
		borderRadius: 'var(--radius)',
		background: 'var(--surface)',
		color: 'var(--text)',
		fontSize: '0.95rem',
	},
	'&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
	'.cm-scroller': { fontFamily: "ui-monospace, 'Cascadia Code', Menlo, Consolas, monospace", lineHeight: '1.5' },
	'.cm-gutters': { background: 'var(--surface-2)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
	'.cm-activeLine, .cm-activeLineGutter': { background: 'var(--brand-soft)' },
	'&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { background: 'color-mix(in srgb, var(--focus) 30%, transparent)' },
	'.cm-cursor': { borderLeftColor: 'var(--text)' },
	'.cm-selectionMatch': { background: 'var(--caution-soft)' },
	'.studio-problem-line.error': { boxShadow: 'inset 4px 0 0 var(--danger)' },
	'.studio-problem-line.warning': { boxShadow: 'inset 4px 0 0 var(--caution)' },
	'.studio-inline': {
		whiteSpace: 'pre-wrap',
		fontFamily: 'var(--font)',
		fontSize: '0.9rem',
		lineHeight: '1.45',
		margin: '0.15rem 0 0.35rem',
		padding: '0.35rem 0.6rem',
		borderLeft: '4px solid var(--danger)',
		background: 'var(--danger-soft)',
		color: 'var(--text)',
		borderRadius: '0 6px 6px 0',
	},
	'.studio-inline.warning': { borderLeftColor: 'var(--caution)', background: 'var(--caution-soft)' },
	'.cm-panels': { background: 'var(--surface-2)', color: 'var(--text)' },
	'.cm-panel input, .cm-panel button, .cm-panel label': { fontSize: '0.95rem', minHeight: '24px' },
	'.cm-textfield': { background: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' },
	'.cm-button': { backgroundImage: 'none', background: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' },
});

const highlight = HighlightStyle.define([
	{ tag: t.propertyName, color: 'var(--brand-strong)', fontWeight: '650' },
	{ tag: [t.definition(t.propertyName)], color: 'var(--brand-strong)', fontWeight: '650' },
	{ tag: t.comment, color: 'var(--muted)', fontStyle: 'italic' },
	{ tag: [t.atom, t.bool, t.number, t.keyword, t.null], color: 'var(--accent)' },
	{ tag: [t.meta, t.punctuation, t.operator, t.separator, t.squareBracket, t.brace], color: 'var(--muted)' },
]);

export const editorTheme: Extension = [theme, syntaxHighlighting(highlight)];
