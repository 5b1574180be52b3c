/**
 * A translation must have exactly the keys of the English catalogue, each a string: a
 * missing Dutch text is a type error, not a blank in front of a client.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
