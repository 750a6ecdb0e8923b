import type { JSX } from 'preact';

/**
 * Choosing a file from the computer: a label and the browser's file control, its button drawn as
 * the site's secondary button (.file-field in global.css). The control is emptied as it opens
 * rather than after a file is read, so it names the file chosen until the picker is opened again,
 * and choosing the same file again (fixed in an editor meanwhile) still reads it. Other
 * attributes go to the input.
 */
export function FileField({
	label,
	onFile,
	...input
}: { id: string; label: string; onFile: (file: File) => void } & Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'type' | 'onClick' | 'onChange'>) {
	return (
		<div class="file-field">
			<label for={input.id}>{label}</label>
			<input
				{...input}
				type="file"
				onClick={(event) => (event.currentTarget.value = '')}
				onChange={(event) => {
					const file = event.currentTarget.files?.[0];
					if (file) onFile(file);
				}}
			/>
		</div>
	);
}
