/**
 * A text function that computes each input once and then remembers it. For work that the
 * same few inputs repeat many times: an edge's words on every render of the edge layer, a
 * label's hyphenation on every step of a tour.
 */
export function remembered(compute: (text: string) => string): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let result = seen.get(text);
    if (result === undefined) seen.set(text, (result = compute(text)));
    return result;
  };
}
