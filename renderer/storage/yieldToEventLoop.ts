/** A pause that lets a frame and input in between two steps of longer work (issue 9). */

/** Continuations waiting for the one message channel below, in order. */
const waiting: (() => void)[] = [];
let channel: MessageChannel | undefined;

/** Node's ports (unit tests) keep the process alive while referenced: only while awaited. */
type NodePort = MessagePort & { ref?: () => void; unref?: () => void };

/**
 * Resolves in a task of its own, after what is queued: by a message, not setTimeout(0) (no
 * 4 ms clamp after a few nested calls), on one channel made once, since each new channel
 * is a pipe the browser sets up and tears down.
 */
export const yieldToEventLoop = () =>
  new Promise<void>((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      const port = channel.port1 as NodePort;
      port.onmessage = () => {
        waiting.shift()?.();
        if (waiting.length === 0) port.unref?.();
      };
    }
    (channel.port1 as NodePort).ref?.();
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
