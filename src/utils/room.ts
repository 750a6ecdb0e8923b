/**
 * Room mode's build settings. MAKE_GOOD_BROKER_URL builds a message broker's WebSocket
 * address into the site (e.g. wss://broker.example.com/mqtt), so neither the trainer nor
 * the phones type it; without it the trainer enters one on the presenter screen.
 */
export const brokerUrl: string | undefined = process.env.MAKE_GOOD_BROKER_URL || undefined;

/**
 * The room's pages talk to the broker over a WebSocket, which `default-src 'self'` forbids.
 * With a broker built in, only its origin is allowed; without one, any ws:/wss: address
 * (the trainer types it in), and only on the presenter and join pages.
 */
export const roomConnectSrc: `connect-src${string}` = `connect-src 'self' ${brokerUrl ? new URL(brokerUrl).origin : 'ws: wss:'}`;
