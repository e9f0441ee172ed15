/**
 * The code in a form's code field (an uncontrolled OtpInput named "code"), read when the form is sent:
 * the code is kept by the input alone, never in React state.
 */
export function codeOf(form: HTMLFormElement): string {
  const field = form.elements.namedItem("code");
  return field instanceof HTMLInputElement ? field.value : "";
}
