import type { Page } from '@playwright/test';
import { DECK } from '../src/content/slides';
import { expect, test } from './fixtures';

/**
 * A host page on the app's own origin (so the fixture's "nothing leaves the origin" check holds)
 * embeds the deck in a frame, as a reveal.js deck would: it records every message the frame
 * posts, drives it with the postMessage API, and has its own key handler.
 */
const HOST = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Host deck</title></head>
  <body>
    <h1>Host deck</h1>
    <iframe id="deck" title="IRSA deck" src="./#/present?embed&slide=1&seed=demo"
            style="width: 960px; height: 540px; border: 0"></iframe>
    <script>
      window.received = [];
      window.hostKeys = [];
      const frame = document.getElementById('deck');
      window.addEventListener('message', (event) => {
        if (event.source !== frame.contentWindow) return;
        const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
        window.received.push(data);
        // A host deck replays the keys the frame forwards as if pressed on its own page.
        if (data.eventName === 'keydown') window.hostKeys.push('from frame: ' + data.key);
      });
      document.addEventListener('keydown', (event) => window.hostKeys.push('on host: ' + event.key));
      window.send = (method, args) => frame.contentWindow.postMessage({ method, args }, location.origin);
      window.sendRaw = (data) => frame.contentWindow.postMessage(data, location.origin);
    </script>
  </body>
</html>`;

interface EmbedMessage {
  namespace: string;
  eventName: string;
  state?: { slide: number; build: number; total: number; id: string; title: string };
  result?: { slide: number; build: number };
  method?: string;
  height?: number;
  key?: string;
}
interface Host {
  received: EmbedMessage[];
  hostKeys: string[];
  send: (method: string, args?: unknown[]) => void;
  sendRaw: (data: unknown) => void;
}

const received = (page: Page, eventName: string) =>
  page.evaluate(
    (name) => (window as unknown as Host).received.filter((m) => m.eventName === name),
    eventName,
  );
const send = (page: Page, method: string, args: unknown[] = []) =>
  page.evaluate(([m, a]) => (window as unknown as Host).send(m, a), [method, args] as const);
const lastChange = async (page: Page) => (await received(page, 'slidechanged')).at(-1)?.state;

test('a host page drives the embedded deck, hears its events and keeps its keyboard', async ({
  irsa,
  baseURL,
}) => {
  const { page } = irsa;
  await page.route(`${baseURL}/__host.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: HOST }),
  );
  await page.goto('./__host.html');
  const frame = page.frameLocator('#deck');
  const title = frame.getByRole('heading', { level: 1 });

  // Ready once, with the state a host needs (numbers, the slide's id and title).
  await expect.poll(async () => (await received(page, 'ready')).length).toBe(1);
  expect((await received(page, 'ready'))[0]!.state).toEqual({
    slide: 1,
    build: 0,
    total: DECK.length,
    id: DECK[0]!.id,
    title: DECK[0]!.title,
  });
  await expect(title).toHaveText(DECK[0]!.title);

  // next, prev, slide (numbered from 1): the frame moves and says so.
  await send(page, 'next');
  await expect(title).toHaveText(DECK[1]!.title);
  await expect.poll(() => lastChange(page)).toMatchObject({ slide: 2, build: 0 });
  await send(page, 'prev');
  await expect(title).toHaveText(DECK[0]!.title);
  await expect.poll(() => lastChange(page)).toMatchObject({ slide: 1, build: 0 });
  await send(page, 'slide', [5]);
  await expect(title).toHaveText(DECK[4]!.title);
  await expect.poll(() => lastChange(page)).toMatchObject({ slide: 5, id: DECK[4]!.id });

  // getState answers as reveal.js answers a method: a callback with the result.
  await send(page, 'getState');
  await expect
    .poll(async () => (await received(page, 'callback')).at(-1))
    .toMatchObject({ method: 'getState', result: { slide: 5, build: 0, total: DECK.length } });

  // Garbage is ignored without an error (the fixture fails on console errors) …
  await page.evaluate(() => {
    const host = window as unknown as Host;
    for (const junk of [
      '{not json',
      42,
      null,
      { method: 'eval', args: ['1'] },
      { method: 'slide' },
    ])
      host.sendRaw(junk);
  });
  // … and setState, sent as JSON text the way reveal.js hosts do, lands on a failure's fix.
  const failure = DECK.findIndex((s) => s.kind === 'failure') + 1;
  await page.evaluate(
    (slide) =>
      (window as unknown as Host).sendRaw(
        JSON.stringify({ method: 'setState', args: [{ slide, build: 2 }] }),
      ),
    failure,
  );
  await expect(title).toHaveText(DECK[failure - 1]!.title);
  const shown = frame.getByRole('region', { name: DECK[failure - 1]!.title, exact: true });
  await expect(shown).toHaveAttribute('data-build', '2');
  await expect.poll(() => lastChange(page)).toMatchObject({ slide: failure, build: 2 });

  // Its height, for sizing the frame.
  await expect
    .poll(async () => (await received(page, 'resize')).at(-1)?.height ?? 0)
    .toBeGreaterThan(0);

  // A click inside the frame does not take the host's keyboard: the key comes to the host.
  const changes = (await received(page, 'slidechanged')).length;
  await title.click();
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Host).hostKeys))
    .toContain('from frame: ArrowRight');
  expect((await received(page, 'keydown')).at(-1)).toMatchObject({
    namespace: 'irsa-visualizer',
    key: 'ArrowRight',
    code: 'ArrowRight',
    shiftKey: false,
  });
  // The frame itself did not move: the host decides what the key means.
  await expect(title).toHaveText(DECK[failure - 1]!.title);
  expect((await received(page, 'slidechanged')).length).toBe(changes);

  // And once focus is back on the host page, its own handler hears keys directly.
  await page.getByRole('heading', { name: 'Host deck' }).click();
  await page.keyboard.press('n');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Host).hostKeys))
    .toContain('on host: n');
});
