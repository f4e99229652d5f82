/** What one socket may send the server, on average and at once. */
export interface SocketBudgetOptions {
  messagesPerSecond: number;
  bytesPerSecond: number;
  /** Milliseconds of the event loop spent on this socket's messages (decoding, checking, applying, answering). */
  busyMsPerSecond: number;
  /** How many seconds of the average rate may arrive at once (a typing burst, a reconnect's step 2). */
  burstSeconds: number;
  /** The largest frame; one of those always fits in the byte burst. */
  maxMessageBytes: number;
}

/**
 * Three token buckets per socket: messages, bytes, and the event loop's
 * time its messages took (a frame of a few kilobytes can cost Yjs more than
 * a megabyte of honest text, so bytes alone do not bound the work). A
 * socket that has spent its budget is not closed: the server stops reading
 * it for as long as the budget needs to refill, so a flood waits in the
 * sender's own TCP buffers while every other socket and meeting is served.
 * People typing never come near it.
 */
export class SocketBudget {
  private messages: number;
  private bytes: number;
  private busyMs: number;
  private readonly maxMessages: number;
  private readonly maxBytes: number;
  private readonly maxBusyMs: number;
  private at: number;

  constructor(
    private readonly options: SocketBudgetOptions,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.maxMessages = options.messagesPerSecond * options.burstSeconds;
    this.maxBytes = Math.max(options.bytesPerSecond * options.burstSeconds, 2 * options.maxMessageBytes);
    this.maxBusyMs = options.busyMsPerSecond * options.burstSeconds;
    this.messages = this.maxMessages;
    this.bytes = this.maxBytes;
    this.busyMs = this.maxBusyMs;
    this.at = this.now();
  }

  /**
   * Spends one message of `size` bytes that took `busyMs` of the event loop
   * (it has arrived and is handled) and answers how many milliseconds the
   * socket should now rest before the next is read: 0 while the budget lasts.
   */
  spend(size: number, busyMs = 0): number {
    const now = this.now();
    const elapsed = (now - this.at) / 1000;
    this.at = now;
    this.messages = Math.min(this.maxMessages, this.messages + elapsed * this.options.messagesPerSecond) - 1;
    this.bytes = Math.min(this.maxBytes, this.bytes + elapsed * this.options.bytesPerSecond) - size;
    this.busyMs = Math.min(this.maxBusyMs, this.busyMs + elapsed * this.options.busyMsPerSecond) - busyMs;
    const messageDebt = this.messages < 0 ? -this.messages / this.options.messagesPerSecond : 0;
    const byteDebt = this.bytes < 0 ? -this.bytes / this.options.bytesPerSecond : 0;
    const busyDebt = this.busyMs < 0 ? -this.busyMs / this.options.busyMsPerSecond : 0;
    return Math.ceil(Math.max(messageDebt, byteDebt, busyDebt) * 1000);
  }
}
