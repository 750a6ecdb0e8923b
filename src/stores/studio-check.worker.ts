import { z } from 'astro/zod';
import { checkHandler, type CheckRequest } from '../engine/studio/check-protocol.ts';

/**
 * The studio's checker, off the page's main thread. Zod compiles fast validators with
 * `new Function` when it may; a Content-Security-Policy without 'unsafe-eval' forbids
 * that, so it is told not to try.
 */
z.config({ jitless: true });

const handle = checkHandler((reply) => postMessage(reply));
addEventListener('message', (event: MessageEvent<CheckRequest>) => handle(event.data));
