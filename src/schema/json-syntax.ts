/**
 * Where JSON text goes wrong, and the likely reason, for a message a person can act on. Runs only after
 * JSON.parse has failed (so the fast path stays the browser's parser), scans iteratively (no recursion, so
 * deep nesting cannot overflow the stack) and gives the line, the column, the text around the place and a
 * cause: a trailing comma, a missing quote, single quotes, a decimal comma, a missing comma, a comment, a
 * missing closing bracket or an unexpected character.
 */

export type JsonCause =
  | 'trailing-comma'
  | 'missing-quote'
  | 'single-quote'
  | 'decimal-comma'
  | 'missing-comma'
  | 'comment'
  | 'unexpected-end'
  | 'unexpected-character'
  | 'empty';

export interface JsonSyntaxError {
  line: number;
  column: number;
  /** Up to 30 characters of the line around the place, whitespace collapsed. */
  context: string;
  cause: JsonCause;
}

const WS = new Set([' ', '\t', '\n', '\r']);

function at(text: string, offset: number, cause: JsonCause): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = text.length;
  const from = Math.max(lineStart, offset - 20);
  const to = Math.min(lineEnd, offset + 10);
  const context = `${from > lineStart ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < lineEnd ? '…' : ''}`;
  return { line, column: offset - lineStart + 1, context, cause };
}

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  // What may come next: a value, an object key (or '}' when `emptyOk`), or ',' / closing bracket.
  let expect: 'value' | 'key' | 'after-value' | 'colon' = 'value';
  let emptyOk = false;
  let lastToken: 'number' | 'comma' | 'other' = 'other';
  const skip = () => {
    while (i < n && WS.has(text[i])) i++;
  };
  skip();
  if (i >= n) return at(text, i, 'empty');
  for (;;) {
    skip();
    if (i >= n)
      return stack.length === 0 && expect === 'after-value' ? undefined : at(text, n, 'unexpected-end');
    const char = text[i];
    if (char === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return at(text, i, 'comment');
    if (expect === 'colon') {
      if (char !== ':') return at(text, i, 'unexpected-character');
      i++;
      expect = 'value';
      emptyOk = false;
      continue;
    }
    if (expect === 'after-value') {
      if (stack.length === 0) return at(text, i, 'unexpected-character');
      const top = stack[stack.length - 1];
      if (char === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
        emptyOk = false;
        lastToken = lastToken === 'number' ? 'number' : 'comma';
        if (lastToken === 'number') {
          skip();
          if (/[0-9]/.test(text[i] ?? '') && top === '{') return at(text, i - 1, 'decimal-comma');
          lastToken = 'comma';
        }
        continue;
      }
      if ((char === '}' && top === '{') || (char === ']' && top === '[')) {
        stack.pop();
        i++;
        lastToken = 'other';
        continue;
      }
      if (char === '"' || char === '{' || char === '[' || /[-0-9tfn]/.test(char))
        return at(text, i, 'missing-comma');
      return at(text, i, char === "'" ? 'single-quote' : 'unexpected-character');
    }
    if (expect === 'key') {
      if (char === '}') {
        if (!emptyOk) return at(text, i, 'trailing-comma');
        stack.pop();
        i++;
        expect = 'after-value';
        continue;
      }
      if (char === "'") return at(text, i, 'single-quote');
      if (char !== '"')
        return at(text, i, /[A-Za-z_$]/.test(char) ? 'missing-quote' : 'unexpected-character');
      const end = scanString(text, i);
      if (end < 0) return at(text, -end, 'missing-quote');
      i = end;
      expect = 'colon';
      continue;
    }
    // A value.
    if (char === ']' && stack[stack.length - 1] === '[') {
      if (!emptyOk) return at(text, i, 'trailing-comma');
      stack.pop();
      i++;
      expect = 'after-value';
      continue;
    }
    if (char === '{' || char === '[') {
      stack.push(char);
      i++;
      expect = char === '{' ? 'key' : 'value';
      emptyOk = true;
      continue;
    }
    if (char === '"') {
      const end = scanString(text, i);
      if (end < 0) return at(text, -end, 'missing-quote');
      i = end;
    } else if (char === "'") return at(text, i, 'single-quote');
    else if (/[-0-9]/.test(char)) {
      const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/.exec(text.slice(i, i + 400));
      if (!match) return at(text, i, 'unexpected-character');
      i += match[0].length;
      lastToken = 'number';
      expect = 'after-value';
      emptyOk = false;
      continue;
    } else {
      const word = /^(true|false|null)/.exec(text.slice(i, i + 5));
      if (!word)
        return at(
          text,
          i,
          /[A-Za-z]/.test(char)
            ? 'missing-quote'
            : char === '}' || char === ']'
              ? 'trailing-comma'
              : 'unexpected-character',
        );
      i += word[0].length;
    }
    lastToken = 'other';
    expect = 'after-value';
    emptyOk = false;
  }
}

/** The index after the closing quote, or minus the index where the string broke off (line end or text end). */
function scanString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '"') return i + 1;
    else if (char === '\n') return -i;
    else if (char < ' ') return -i;
  }
  return -text.length;
}
