/**
 * A small, non-validating XML reader for the parts of .xlsx and .ods files we read. It yields start tags (with
 * attributes), end tags and text, decodes the five entities and numeric references, and skips declarations,
 * comments and processing instructions. It never resolves external entities or DTDs (there are none to resolve:
 * a DOCTYPE is skipped), so an XML bomb has nothing to expand.
 */

export type XmlEvent =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (match, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return ENTITIES[name] ?? match;
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  ATTR.lastIndex = 0;
  for (let match = ATTR.exec(source); match; match = ATTR.exec(source)) {
    attrs[match[1]] = decodeEntities(match[3] ?? match[4] ?? '');
  }
  return attrs;
}

/** The index of the `>` that closes the tag at `start`, skipping quoted attribute values (which may hold `>`). */
function tagEnd(xml: string, start: number): number {
  const gt = xml.indexOf('>', start);
  if (gt === -1) return -1;
  const quote = xml.slice(start, gt).search(/["']/);
  if (quote === -1) return gt;
  let quoteChar = '';
  for (let i = start + 1; i < xml.length; i++) {
    const char = xml[i];
    if (quoteChar) {
      if (char === quoteChar) quoteChar = '';
    } else if (char === '"' || char === "'") quoteChar = char;
    else if (char === '>') return i;
  }
  return -1;
}

/** Calls `onEvent` for every tag and text run of `xml`, in document order. */
export function readXml(xml: string, onEvent: (event: XmlEvent) => void): void {
  let index = 0;
  const length = xml.length;
  while (index < length) {
    const lt = xml.indexOf('<', index);
    const textEnd = lt === -1 ? length : lt;
    if (textEnd > index) onEvent({ type: 'text', text: decodeEntities(xml.slice(index, textEnd)) });
    if (lt === -1) return;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        index = end === -1 ? length : end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        onEvent({ type: 'text', text: xml.slice(lt + 9, end === -1 ? length : end) });
        index = end === -1 ? length : end + 3;
      } else {
        const end = xml.indexOf('>', lt);
        index = end === -1 ? length : end + 1;
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const end = xml.indexOf('?>', lt);
      index = end === -1 ? length : end + 2;
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt === -1) return;
    if (next === 47 /* / */) {
      onEvent({ type: 'close', name: xml.slice(lt + 2, gt).trim() });
    } else {
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      const body = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const space = body.search(/\s/);
      const name = space === -1 ? body : body.slice(0, space);
      const attrs =
        space === -1 ? (Object.create(null) as Record<string, string>) : parseAttrs(body.slice(space));
      onEvent({ type: 'open', name, attrs, selfClosing });
      if (selfClosing) onEvent({ type: 'close', name });
    }
    index = gt + 1;
  }
}

/** The local part of a qualified name: `x:row` → `row`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}
