"use client";
import { type ComponentType, useEffect, useState } from "react";
import { loadPhoneInput } from "./lazy";
import type { PhoneInputProps } from "./PhoneInput.lazy";
import type { PhoneFieldProps } from "./phoneFieldProps";

export type { PhoneFieldProps };

/**
 * A phone number with its country: the countries (searchable by name and calling code), formatting as
 * the user types and E.164 for the form load on demand, with libphonenumber-js, when the field first
 * shows. Until then, and if they cannot load, it is a plain tel field whose "+…" number still goes out.
 */
export function PhoneField(props: PhoneFieldProps) {
  const [Input, setInput] = useState<ComponentType<PhoneInputProps> | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadPhoneInput()
      .then((module) => live && setInput(() => module.PhoneInput))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  const { countryLabel, defaultCountry, defaultValue, ...input } = props;
  if (Input) return <Input {...props} />;
  return (
    <input
      {...input}
      type="tel"
      inputMode="tel"
      autoComplete={props.autoComplete ?? "tel"}
      defaultValue={defaultValue}
    />
  );
}
