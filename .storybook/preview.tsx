import type { Preview } from "@storybook/react-vite";

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Every story is an accessibility test: an axe violation fails the story test.
    a11y: { test: "error" },
  },
  tags: ["autodocs"],
};

export default preview;
