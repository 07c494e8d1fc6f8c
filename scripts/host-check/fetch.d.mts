/** Types for fetch.mjs (the tests import it). */
export const MAX_BYTES: number;
export const TOTAL_MS: number;

export type Reply =
  | {
      readonly status: number;
      readonly headers: Record<string, string | string[] | undefined>;
      readonly body: Buffer;
      readonly error?: undefined;
    }
  | { readonly error: string };

export function get(
  url: string,
  headers?: Record<string, string>,
  limits?: { maxBytes?: number; totalMs?: number; trustAnyCertificate?: boolean }
): Promise<Reply>;

export function certificate(origin: string): Promise<{
  ok: boolean;
  presented?: boolean;
  subject?: string;
  issuer?: string;
  validTo?: string;
  code?: string;
  error?: string;
}>;

export function describeNetworkError(e: unknown): string;
