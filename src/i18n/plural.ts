/** A count's text: `one` for 1, else `many`, with `{n}` filled in. */
export const plural = (one: string, many: string) => (n: number) => (n === 1 ? one : many).replace('{n}', String(n));
