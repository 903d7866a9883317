/**
 * Saves text as a file through a temporary object URL and an `a[download]` click: works on extension
 * pages without the downloads permission.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click returns; the delay keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
