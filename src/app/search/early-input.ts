/**
 * What the reader did in the header's plain search form while the full search
 * box was still loading: the box reads it when it mounts. It must be read then,
 * not passed as props by the slot, because the slot rendered (and so fixed its
 * props) before the reader typed; Suspense retries with those old props.
 */
export const earlyInput = { query: "", focused: false };
