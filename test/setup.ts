import "@testing-library/jest-dom/vitest";
import { configure } from "@testing-library/react";

// Generous waits for slow, loaded CI machines; a test that passes only fast is a flaky test.
configure({ asyncUtilTimeout: 3000 });

// The SDK (a reference in the parity tests, never shipped) warns that its releases after January 2027
// need Node 22; this project supports Node 20, so the warning says nothing about it.
// The browser project shares this file, and has no process.
if (typeof process !== "undefined") process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
