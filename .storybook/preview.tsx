import type { Decorator, Preview } from "@storybook/react-vite";
import { configure } from "storybook/test";
import { UiContext } from "../src/components/UiContext";
import { de } from "../src/i18n/de";
import { en } from "../src/i18n/en";
import { type ColorMode, themePresets, themeStyle } from "../src/theme/theme";
import "../src/theme/styles.css";

const languages = { en, de };

// Flow stories answer through a fake with demo latency; on a busy two-core CI machine a step can take
// longer than Testing Library's default second to appear.
configure({ asyncUtilTimeout: 5000 });

/**
 * Every story sits in a themed root with the toolbar's colour mode, theme and language, as <SignIn>
 * would give it. Flow stories read the same globals and pass them to <SignIn>.
 */
const withUi: Decorator = (Story, context) => {
  const { colorMode, theme, language } = context.globals as {
    colorMode: ColorMode;
    theme: keyof typeof themePresets;
    language: keyof typeof languages;
  };
  const dark = colorMode === "dark";
  return (
    <UiContext.Provider value={{ messages: languages[language] ?? en }}>
      <div
        data-cc-root=""
        data-color-mode={colorMode}
        style={{
          ...themeStyle(themePresets[theme]),
          ...(dark || theme === "midnight" ? { background: "#111827" } : {}),
        }}
      >
        {Story()}
      </div>
    </UiContext.Provider>
  );
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
  decorators: [withUi],
  tags: ["autodocs"],
};

export default preview;
