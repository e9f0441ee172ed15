"use client";
import { type ComponentType, useEffect, useRef, useState } from "react";
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
  const [loaded, setLoaded] = useState<
    { Input: ComponentType<PhoneInputProps>; value: string | undefined; focused: boolean } | undefined
  >(undefined);
  const plain = useRef<HTMLInputElement>(null);
  useEffect(() => {
    let live = true;
    loadPhoneInput()
      .then((module) => {
        // What the plain field had (its text, the focus) carries over to the one that replaces it.
        const field = plain.current;
        if (live)
          setLoaded({
            Input: module.PhoneInput,
            value: field?.value || undefined,
            focused: field !== null && field === field.ownerDocument.activeElement,
          });
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  const { countryLabel, defaultCountry, defaultValue, ...input } = props;
  if (loaded)
    return <loaded.Input {...props} defaultValue={loaded.value ?? defaultValue} autoFocus={loaded.focused} />;
  return (
    <input
      ref={plain}
      {...input}
      type="tel"
      inputMode="tel"
      autoComplete={props.autoComplete ?? "tel"}
      defaultValue={defaultValue}
    />
  );
}
