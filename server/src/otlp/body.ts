// OTLP/HTTP request body → (format, bytes): content type and encoding checked, gzip inflated with a hard output cap.
import zlib from 'node:zlib';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors.ts';
import { OtlpDecodeError } from './otlp-decode-error.ts';

export type OtlpFormat = 'protobuf' | 'json';

const FORMATS: Record<string, OtlpFormat> = {
  'application/x-protobuf': 'protobuf',
  'application/protobuf': 'protobuf',
  'application/json': 'json',
};

/** The wire format a Content-Type names, or undefined for anything OTLP/HTTP does not define. */
export function formatOf(contentType: string | undefined): OtlpFormat | undefined {
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return FORMATS[media];
}

/**
 * Checks the content type (415), undoes Content-Encoding (gzip/deflate; other encodings 415) and returns the bytes.
 * Inflation is synchronous but capped by maxOutputLength, so a gzip bomb costs at most
 * `maxDecompressedBytes` of memory and a few ms before it becomes a 413, never an unbounded buffer.
 */
export function readOtlpBody(
  raw: unknown,
  contentType: string | undefined,
  contentEncoding: string | string[] | undefined,
  maxDecompressedBytes: number,
): { format: OtlpFormat; body: Buffer } {
  const format = formatOf(contentType);
  if (!format) {
    throw new UnsupportedMediaTypeError(
      `unsupported content type ${JSON.stringify(contentType ?? '')}: OTLP/HTTP accepts application/x-protobuf or application/json`,
    );
  }
  const bytes = Buffer.isBuffer(raw) ? raw : Buffer.alloc(0);
  const encoding = (Array.isArray(contentEncoding) ? contentEncoding.join(',') : (contentEncoding ?? '')).trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return { format, body: bytes };
  if (encoding !== 'gzip' && encoding !== 'x-gzip' && encoding !== 'deflate') {
    throw new UnsupportedMediaTypeError(`unsupported Content-Encoding ${JSON.stringify(encoding)}: use gzip or none`);
  }
  try {
    const opts = { maxOutputLength: maxDecompressedBytes };
    const body = encoding === 'deflate' ? zlib.inflateSync(bytes, opts) : zlib.gunzipSync(bytes, opts);
    return { format, body };
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new PayloadTooLargeError(`decompressed body exceeds the ${maxDecompressedBytes}-byte limit`);
    }
    throw new OtlpDecodeError(`invalid ${encoding} body: ${(err as Error).message}`);
  }
}
