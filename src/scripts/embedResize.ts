import { EMBED_RESIZE_MESSAGE } from '../lib/embedCode';

/**
 * On an embed page shown in another site's frame: tells the host the content's height,
 * `{ type: EMBED_RESIZE_MESSAGE, height }` (CSS px), now and whenever it changes (an event
 * opens, the table unfolds, the frame narrows and the figure rewraps). The host's iframe code
 * has no script; a host that wants the frame to fit listens for the message and sets the
 * frame's height. Posted to any origin: the height is not a secret, and the host's origin
 * is whatever page pasted the code. Not framed (the embed opened on its own): nothing to do.
 */
function watchHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const post = (): void => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last || height === 0) return;
    last = height;
    window.parent.postMessage({ type: EMBED_RESIZE_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  post();
}

watchHeight();
