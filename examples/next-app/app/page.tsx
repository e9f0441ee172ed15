// app/page.tsx: a server component; it renders the client component, which renders <SignIn>.
import { SignInForm } from "./SignInForm";

export default function Page() {
  return <SignInForm />;
}
