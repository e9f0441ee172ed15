import { useState } from "react";
import { type ScenarioId, scenarios } from "../../src/testing/index";
import "../../src/theme/styles.css";
import { Flow } from "./Flow";

/**
 * The landing page's live sign-in: <SignIn> against the built-in fake, a picker for the scenario, and
 * the outbox with who to sign in as and the codes the fake "sent". Picking a scenario starts a fresh user pool.
 */
export function Demo() {
  const [id, setId] = useState<ScenarioId>("choice");
  const scenario = scenarios[id];
  return (
    <div style={{ display: "grid", gap: "1rem", font: "15px/1.5 system-ui, sans-serif" }}>
      <label style={{ display: "grid", gap: "0.25rem", maxWidth: "24rem", fontWeight: 600 }}>
        Scenario
        <select
          value={id}
          onChange={(event) => setId(event.target.value as ScenarioId)}
          style={{ font: "inherit" }}
        >
          {(Object.keys(scenarios) as ScenarioId[]).map((key) => (
            <option key={key} value={key}>
              {scenarios[key].title}
            </option>
          ))}
        </select>
      </label>
      {/* Who to sign in as is in the outbox under the card. */}
      <p style={{ margin: 0, maxWidth: "40rem" }}>{scenario.description}</p>
      <Flow key={id} scenario={id} />
    </div>
  );
}
