/** Whether two addresses name one mailbox as people type them: space around and letter case do not count. */
export function sameEmail(a: string, b: string): boolean {
  const left = a.trim().toLowerCase();
  return left !== '' && left === b.trim().toLowerCase();
}
