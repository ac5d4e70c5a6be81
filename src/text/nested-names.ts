import { normalize } from './normalize';

/**
 * Whether one name lies inside the other after normalisation (リスク in レピュテーションリスク):
 * the shorter is a broader word, the longer a narrower one, and neither is a synonym of the other.
 */
export function nestedNames(a: string, b: string): boolean {
  const x = normalize(a);
  const y = normalize(b);
  return x !== y && (x.includes(y) || y.includes(x));
}
