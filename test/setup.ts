import "@testing-library/jest-dom/vitest";
import { configure } from "@testing-library/react";

// Generous waits for slow, loaded CI machines; a test that passes only fast is a flaky test.
configure({ asyncUtilTimeout: 3000 });
