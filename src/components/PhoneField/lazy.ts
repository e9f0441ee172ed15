// The phone field's registry (see components/lazy.ts): the countries and libphonenumber-js's metadata
// load only when a phone field shows.

/** The phone number input with its countries, formatting and E.164. */
export const loadPhoneInput = () => import("./PhoneInput.lazy");
