/** Fills `{name}` placeholders; unknown names stay visible so a missing parameter is noticed. */
export function fillText(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
