// What the client uses of ky, in one module it imports lazily (a chunk): only these are kept (a namespace import of
// ky itself would keep all of its exports).
export { default as ky, HTTPError, TimeoutError } from 'ky';
