/** Display words for scenario metadata, in one place. */
export const channelLabel = { phone: 'Phone call', counter: 'At the counter', email: 'Email', chat: 'Live chat' } as const;
export const difficultyLabel = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;
