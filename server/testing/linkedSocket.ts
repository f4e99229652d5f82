/** The part of a ws socket a Connection uses, delivering frames in process (no network). */
export class LinkedSocket {
  readonly OPEN = 1;
  readonly CONNECTING = 0;
  readyState = 1;
  bufferedAmount = 0;
  closedWith: { code: number; reason: string } | null = null;

  constructor(private readonly deliver: (frame: Uint8Array) => void) {}

  send(frame: Uint8Array): void {
    this.deliver(frame);
  }

  close(code: number, reason: string): void {
    this.readyState = 3;
    this.closedWith = { code, reason };
  }

  terminate(): void {
    this.readyState = 3;
  }
}
