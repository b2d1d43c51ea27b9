// Plain-text notices about what a link, a view file or the cleaner ignored: quoting untrusted values
// safely and briefly, and capping how many notices one input can produce.

/** At most this many notices per input; the rest are summed up in one last notice. */
export const MAX_NOTICES = 12;
const MAX_QUOTED_LENGTH = 60;

/** Quotes an untrusted value for a notice: control characters shown as "?", long values shortened. */
export function quote(value: string): string {
  const printable = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  const chars = Array.from(printable);
  const short = chars.length > MAX_QUOTED_LENGTH ? `${chars.slice(0, MAX_QUOTED_LENGTH - 1).join('')}…` : printable;
  return `"${short}"`;
}

/** Lists items in a sentence, naming at most `max` of them: `"a", "b" and 3 more`. */
export function listForNotice(items: readonly string[], max = 5): string {
  const named = items.slice(0, max).map(quote).join(', ');
  return items.length > max ? `${named} and ${items.length - max} more` : named;
}

/** Collects notices, keeping the first MAX_NOTICES and counting the rest. */
export class NoticeCollector {
  private readonly kept: string[] = [];
  private extra = 0;

  add(text: string): void {
    if (this.kept.length < MAX_NOTICES) this.kept.push(text);
    else this.extra += 1;
  }

  list(): string[] {
    return this.extra === 0
      ? [...this.kept]
      : [...this.kept, this.extra === 1 ? '1 more problem was ignored.' : `${this.extra} more problems were ignored.`];
  }
}
