/**
 * A form rule that a choice was made (a value, or a non-empty list): a validator rather than antd's `required`, which
 * marks a Select's or a radio group's plain div aria-required — an attribute axe refuses on those elements.
 */
export const chosen = (message: string) => ({
  validator: (_: unknown, v: unknown) =>
    (Array.isArray(v) ? v.length > 0 : !!v) ? Promise.resolve() : Promise.reject(new Error(message)),
});
