/**
 * The personal identity code is never shown whole: only the birth date part and the century
 * sign, the individual number and check character replaced (`020516C****`).
 */
export function maskIdentityCode(code: string): string {
  return code.length >= 7 ? `${code.slice(0, 7)}****` : '****';
}
