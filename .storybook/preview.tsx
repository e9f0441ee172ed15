import type { Decorator, Preview } from "@storybook/react-vite";
import { type ReactNode, useEffect } from "react";
import { configure } from "storybook/test";
import { UiRoot } from "../src/components/UiRoot";
import { de } from "../src/i18n/de";
import { en } from "../src/i18n/en";
import { type ColorMode, themePresets } from "../src/theme/theme";
import { stepsWithoutWayOn } from "../stories/checks";
import { warmLazyModules } from "../test/support/warmLazyModules";
import "../src/theme/styles.css";

const languages = { en, de };

// Flow stories answer through a fake with demo latency; on a busy two-core CI machine a step can take
// longer than Testing Library's default second to appear.
configure({ asyncUtilTimeout: 5000 });

/** Paints the whole canvas (the page behind the story) in the colour mode, as an app's page would be. */
function Canvas({ dark, children }: { dark: boolean; children: ReactNode }) {
  useEffect(() => {
    const { style } = document.body;
    style.background = dark ? "#111827" : "";
    style.colorScheme = dark ? "dark" : "";
    return () => {
      style.background = "";
      style.colorScheme = "";
    };
  }, [dark]);
  return children;
}

/**
 * One root per story, as apps get it. Complete components (<SignIn>, <TotpSetup>; stories tagged
 * "own-root") render their own root, and read the toolbar's colour mode, theme and language as props, so
 * nothing is wrapped around them: an `unstyled` one is truly unstyled. The screens and primitives, which
 * an app places inside a root of its own, get the library's <UiRoot> with the toolbar's settings.
 */
const withUi: Decorator = (Story, context) => {
  const { colorMode, theme, language } = context.globals as {
    colorMode: ColorMode;
    theme: keyof typeof themePresets;
    language: keyof typeof languages;
  };
  const prefersDark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  const dark = colorMode === "dark" || (colorMode === "system" && prefersDark) || theme === "midnight";
  const story = context.tags.includes("own-root") ? (
    Story()
  ) : (
    <UiRoot messages={languages[language] ?? en} theme={themePresets[theme]} colorMode={colorMode}>
      {Story()}
    </UiRoot>
  );
  return <Canvas dark={dark}>{story}</Canvas>;
};

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Every story is an accessibility test: an axe violation fails the story test.
    a11y: { test: "error" },
  },
  globalTypes: {
    colorMode: {
      description: "Colour mode",
      toolbar: { title: "Mode", icon: "mirror", items: ["light", "dark", "system"], dynamicTitle: true },
    },
    theme: {
      description: "Theme preset",
      toolbar: { title: "Theme", icon: "paintbrush", items: Object.keys(themePresets), dynamicTitle: true },
    },
    language: {
      description: "Language",
      toolbar: {
        title: "Language",
        icon: "globe",
        items: [
          { value: "en", title: "English" },
          { value: "de", title: "Deutsch" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { colorMode: "light", theme: "default", language: "en" },
  // The library's lazy modules load once, before a story file's tests start their clocks: their first
  // transform can take seconds on a loaded machine, and inside a story's test it ran close to its 5 s.
  // The stories still load them through the library's own import(), which then finds them ready. (In
  // Storybook itself they load at once too: its pages only come up sooner.)
  beforeAll: warmLazyModules,
  decorators: [withUi],
  // The gallery check: every story is a state of a screen, and after its play function no step on it
  // may leave the user stuck (no enabled control that moves them on or back).
  afterEach: async ({ canvasElement }) => {
    const stuck = stepsWithoutWayOn(canvasElement);
    if (stuck.length > 0) throw new Error(`No way on: ${stuck.join("; ")}`);
  },
  tags: ["autodocs"],
};

export default preview;
