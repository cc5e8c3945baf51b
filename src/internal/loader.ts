/**
 * Fetches documents for `src`. Elements on one page that name the same URL share one request and, once it
 * has arrived, the same parsed object (so validation runs once too). Each element can abort its interest;
 * the request itself is aborted when nobody waits for it any more. Timeouts, bounded retries for 5xx and
 * network errors, a size cap and a content-type check turn every network fault into a Problem.
 */
import { makeProblem, MAX_TEXT_BYTES, parseJsonText, type Problem } from '../schema/validate.js';
import { checkSourceUrl } from '../lib/url.js';

export interface LoadResult {
  value?: unknown;
  problem?: Problem;
  aborted?: boolean;
}

export interface LoadOptions {
  /** Overall time limit in milliseconds, retries included. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Base for relative URLs; defaults to the page's base URI. */
  base?: string;
}

export const DEFAULT_TIMEOUT_MS = 10000;
const MAX_RETRIES = 2;
const RETRY_DELAY_MS = 150;

interface SharedRequest {
  promise: Promise<LoadResult>;
  waiting: number;
  controller: AbortController;
}

const inFlight = new Map<string, SharedRequest>();
const arrived = new Map<string, unknown>();
/** How many network requests were started; tests use it to prove sharing. */
export const loaderStats = { requests: 0 };

/** Forgets documents already fetched, so the next load asks the server again. */
export function clearDocumentCache(): void {
  arrived.clear();
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function isJsonContentType(contentType: string): boolean {
  const type = contentType.split(';')[0].trim().toLowerCase();
  return type === '' || type.includes('json') || type === 'text/plain' || type === 'application/octet-stream';
}

async function readText(response: Response, controller: AbortController): Promise<string | Problem> {
  const limit = {
    size: `> ${(MAX_TEXT_BYTES / 1048576).toFixed(1)} MB`,
    limit: `${(MAX_TEXT_BYTES / 1048576).toFixed(1)} MB`,
  };
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_TEXT_BYTES) {
    controller.abort();
    return makeProblem('too-large', '', limit);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > MAX_TEXT_BYTES) {
      controller.abort();
      return makeProblem('too-large', '', limit);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

async function fetchOnce(
  url: string,
  controller: AbortController,
): Promise<LoadResult & { retry?: boolean }> {
  let response: Response;
  try {
    loaderStats.requests += 1;
    response = await fetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      redirect: 'follow',
    });
  } catch (error) {
    if (controller.signal.aborted) return { aborted: true };
    const detail = error instanceof Error ? error.message.slice(0, 100) : 'network error';
    return { problem: makeProblem('fetch-failed', '', { detail, url }), retry: true };
  }
  const finalUrl = checkSourceUrl(response.url || url, url);
  if (!finalUrl.ok)
    return {
      problem: makeProblem('disallowed-url', '', {
        url: response.url,
        reason: finalUrl.reason,
        reasonWord: `url:${finalUrl.reason}`,
      }),
    };
  if (!response.ok) {
    return {
      // Name the address that failed: the editor can compare it with where the file really is.
      problem: makeProblem('http-error', '', {
        status: response.status,
        url,
        hintWord: response.status === 404 || response.status === 410 ? 'http:404' : 'http:other',
      }),
      retry: response.status >= 500,
    };
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (!isJsonContentType(contentType)) {
    controller.abort();
    return { problem: makeProblem('wrong-content-type', '', { contentType: contentType.slice(0, 80), url }) };
  }
  try {
    const text = await readText(response, controller);
    if (typeof text !== 'string') return { problem: text };
    const parsed = parseJsonText(text);
    return parsed.problem ? { problem: parsed.problem } : { value: parsed.value };
  } catch (error) {
    if (controller.signal.aborted) return { aborted: true };
    const detail = error instanceof Error ? error.message.slice(0, 100) : 'read error';
    return { problem: makeProblem('fetch-failed', '', { detail, url }), retry: true };
  }
}

async function fetchWithRetries(
  url: string,
  controller: AbortController,
  timeoutMs: number,
): Promise<LoadResult> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const timeout = { problem: makeProblem('timeout', '', { seconds: Math.round(timeoutMs / 100) / 10, url }) };
  try {
    for (let attempt = 0; ; attempt++) {
      const result = await fetchOnce(url, controller);
      if (timedOut) return timeout;
      if (!result.retry || attempt >= MAX_RETRIES)
        return { value: result.value, problem: result.problem, aborted: result.aborted };
      await sleep(RETRY_DELAY_MS * (attempt + 1), controller.signal);
      if (timedOut) return timeout;
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads and parses the JSON at `src`. Resolves (never rejects) with the value, a problem, or `aborted`
 * when the caller's signal fired first.
 */
export function loadDocument(src: string, options: LoadOptions = {}): Promise<LoadResult> {
  const base = options.base ?? (typeof document !== 'undefined' ? document.baseURI : 'http://localhost/');
  const verdict = checkSourceUrl(src, base);
  if (!verdict.ok) {
    return Promise.resolve({
      problem: makeProblem('disallowed-url', '', {
        url: src.slice(0, 200),
        reason: verdict.reason,
        reasonWord: `url:${verdict.reason}`,
      }),
    });
  }
  const url = verdict.url;
  if (arrived.has(url)) return Promise.resolve({ value: arrived.get(url) });
  const signal = options.signal;
  if (signal?.aborted) return Promise.resolve({ aborted: true });

  let shared = inFlight.get(url);
  if (!shared) {
    const controller = new AbortController();
    const promise = fetchWithRetries(url, controller, options.timeoutMs ?? DEFAULT_TIMEOUT_MS).then(
      (result) => {
        if (inFlight.get(url)?.controller === controller) inFlight.delete(url);
        if (result.value !== undefined) arrived.set(url, result.value);
        return result;
      },
    );
    shared = { promise, waiting: 0, controller };
    inFlight.set(url, shared);
  }
  const request = shared;
  request.waiting += 1;
  return new Promise<LoadResult>((resolve) => {
    let settled = false;
    const onAbort = () => {
      if (settled) return;
      settled = true;
      request.waiting -= 1;
      if (request.waiting <= 0) {
        request.controller.abort();
        if (inFlight.get(url) === request) inFlight.delete(url);
      }
      resolve({ aborted: true });
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    void request.promise.then((result) => {
      if (settled) return;
      settled = true;
      request.waiting -= 1;
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    });
  });
}
