/** Text for a double-quoted HTML attribute: `&`, `"`, `<` and `>` escaped (the snippets, the pre-rendered HTML). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
