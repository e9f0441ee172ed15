/**
 * The baseline: a plain React form with the fields a sign-in shows (username, password, then an
 * authenticator code), no library, no network. What any sign-in must at least cost.
 */
import { type FormEvent, useState } from "react";
import { createRoot } from "react-dom/client";

function BareSignIn() {
  const [step, setStep] = useState<"password" | "code">("password");
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step === "password") setStep("code");
  };
  return (
    <form onSubmit={submit}>
      <h1>Sign in</h1>
      {step === "password" ? (
        <>
          <label htmlFor="username">Username</label>
          <input
            id="username"
            name="username"
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
          <label htmlFor="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </>
      ) : (
        <>
          <label htmlFor="code">Code</label>
          <input
            id="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(event) => setCode(event.target.value.replace(/\D/g, "").slice(0, 6))}
          />
        </>
      )}
      <button type="submit">Continue</button>
    </form>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(<BareSignIn />);
