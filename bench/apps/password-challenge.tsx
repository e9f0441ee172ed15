/** One challenge component alone: what tree-shaking leaves when an app uses a single screen. */
import { PasswordChallenge } from "cognito-challenge-ui/screens";
import "cognito-challenge-ui/styles.css";
import { createRoot } from "react-dom/client";

createRoot(document.getElementById("root") as HTMLElement).render(
  <PasswordChallenge
    challenge={{ name: "PASSWORD", session: "from-initiate-auth", username: "alice", parameters: {} }}
    onAnswer={() => undefined}
  />,
);
