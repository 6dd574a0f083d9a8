/** What the embed tests share: a page of the embed folder in a frame, and what it fetched. */

/** Opens `src` in an iframe and waits for it to load. */
export async function openFrame(src: string, title: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The embed folder's files the page fetched, by name, as often as it fetched them. */
export function embedFiles(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/packages/embed/dist/'))
    .map((url) => new URL(url).pathname.replace('/packages/embed/dist/', ''))
    .sort();
}
