import { z } from 'zod';
import { LOCALES } from '../i18n/locale';
import { CSV_ACCEPT_MAX, CSV_CHUNK_BASE64_MAX, CSV_GROUP_KEY_MAX, CSV_NAME_MAX, type CsvClientMessage } from './csv-port-types';

export * from './csv-port-types';

/**
 * Schemas of what a client may send over the CSV check port (see ./csv-port-types.ts for the flow).
 * Background only: zod stays out of the content script. Unknown keys are refused, not ignored.
 */
const ACCEPT = z.strictObject({ accept: z.array(z.string().min(1).max(CSV_GROUP_KEY_MAX)).max(CSV_ACCEPT_MAX) });

export const CSV_CLIENT_MESSAGE = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('start'),
    name: z.string().max(CSV_NAME_MAX),
    size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    locale: z.enum(LOCALES),
    panel: ACCEPT.optional(),
    handoff: ACCEPT.optional(),
  }),
  z.strictObject({ type: z.literal('take') }),
  // Base64 syntax is checked by the decoder: a regex over 350 KB per chunk would cost more than decoding.
  z.strictObject({ type: z.literal('chunk'), data: z.string().min(1).max(CSV_CHUNK_BASE64_MAX) }),
  z.strictObject({ type: z.literal('finish') }),
  z.strictObject({ type: z.literal('cancel') }),
]);

/** Compile-time proof that the schema and the zod-free type describe the same messages. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: Same<z.infer<typeof CSV_CLIENT_MESSAGE>, CsvClientMessage> = true;
void _sameShape;
