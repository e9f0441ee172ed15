"use client";
// Loaded when a phone field first shows: libphonenumber-js with its smallest metadata, and the country
// list. Values only, nothing of the first load's runtime (ARCHITECTURE.md).
import {
  AsYouType,
  type CountryCode,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from "libphonenumber-js/min";
import { useId, useMemo, useState } from "react";
import type { PhoneFieldProps } from "./phoneFieldProps";

export type PhoneInputProps = PhoneFieldProps;

/** The country a browser's language points at (`en-GB` → GB), else undefined. */
function browserCountry(): CountryCode | undefined {
  try {
    const region = new Intl.Locale(globalThis.navigator?.language ?? "").maximize().region;
    return region && isSupportedCountry(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

/** Every country with its calling code and its name in the page's language: "+44 United Kingdom". */
function countryOptions(): { code: CountryCode; text: string }[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames(globalThis.navigator?.language ?? "en", { type: "region" });
  } catch {
    names = undefined;
  }
  return (
    getCountries()
      .map((code) => ({ code, name: names?.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name))
      // The code first: in a narrow field it is what shows.
      .map(({ code, name }) => ({ code, text: `+${getCountryCallingCode(code)} ${name}` }))
  );
}

/** The number in E.164 if it is a possible number for the country (or its own "+" code), else "". */
export function toE164(text: string, country: CountryCode | undefined): string {
  const number = parsePhoneNumberFromString(text, country);
  return number?.isPossible() ? number.number : "";
}

/**
 * The number field and its country: a pasted or typed "+…" number picks its country, a national number
 * is read in the chosen one, and what the form sends (a hidden field named `name`) is E.164. The
 * country field is a text field with the countries as suggestions, so typing "Germ" or "+49" finds it.
 */
export function PhoneInput({
  name,
  defaultCountry,
  countryLabel,
  defaultValue = "",
  required,
  autoComplete = "tel",
  autoFocus,
  ...control
}: PhoneInputProps) {
  const options = useMemo(countryOptions, []);
  const [country, setCountry] = useState<CountryCode | undefined>(() =>
    defaultCountry && isSupportedCountry(defaultCountry) ? defaultCountry : browserCountry(),
  );
  const [countryText, setCountryText] = useState<string | undefined>(undefined);
  const [text, setText] = useState(defaultValue);
  const listId = `${useId()}-countries`;
  const number = toE164(text, country);
  const shownCountry = options.find((option) => option.code === country)?.text ?? "";

  function typed(value: string, atEnd: boolean) {
    if (value.trim().startsWith("+")) {
      // An international number names its own country.
      const formatter = new AsYouType();
      const formatted = formatter.input(value);
      const found = formatter.getCountry();
      if (found) setCountry(found);
      setText(atEnd ? formatted : value);
      return;
    }
    // Formatted only while the user types at the end: reformatting mid-number would move the caret.
    setText(atEnd ? new AsYouType(country).input(value) : value);
  }

  return (
    <div data-slot="phone">
      <input
        aria-label={countryLabel}
        data-slot="phone-country"
        list={listId}
        autoComplete="country-name"
        value={countryText ?? shownCountry}
        onChange={(event) => {
          const value = event.target.value;
          const match = options.find((option) => option.text === value);
          if (match) {
            setCountry(match.code);
            setCountryText(undefined);
          } else setCountryText(value);
        }}
        // What matches no country goes back to the one chosen.
        onBlur={() => setCountryText(undefined)}
      />
      <datalist id={listId}>
        {options.map((option) => (
          <option key={option.code} value={option.text} />
        ))}
      </datalist>
      <input
        {...control}
        type="tel"
        inputMode="tel"
        autoComplete={autoComplete}
        required={required}
        // biome-ignore lint/a11y/noAutofocus: it replaces the plain field that had focus, mid-typing
        autoFocus={autoFocus}
        value={text}
        onChange={(event) =>
          typed(event.target.value, event.target.selectionStart === event.target.value.length)
        }
      />
      <input
        type="hidden"
        name={name}
        value={number}
        // Typed, but no number of the chosen country: the form says so rather than sending nothing.
        data-unread={text.trim() && !number ? "" : undefined}
      />
    </div>
  );
}
