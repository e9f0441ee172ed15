/**
 * Screens that load on demand: what a person sees while a screen's code is on its way, when it does not
 * arrive, and after a retry. The loaders are injected (a promise the test settles), never our modules.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Component, type ReactNode } from "react";
import { lazyScreen } from "../../src/components/ChallengeView/lazyScreen";
import { ScreenBoundary } from "../../src/components/ChallengeView/ScreenBoundary";
import { UiRoot } from "../../src/components/UiRoot";
import { de } from "../../src/i18n/de";

/** Stands for the app's own error boundary. */
class ErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>App boundary: {this.state.error.message}</p> : this.props.children;
  }
}

function Hello({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

/** A loader the test settles by hand, counting its calls. */
function controlledLoader() {
  const calls: { resolve: (value: typeof Hello) => void; reject: (error: unknown) => void }[] = [];
  const load = () =>
    new Promise<typeof Hello>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { load, calls };
}

describe("screens loaded on demand", () => {
  it("show a busy step while loading, then the screen with its props", async () => {
    const { load, calls } = controlledLoader();
    const Screen = lazyScreen(load);
    render(
      <ScreenBoundary>
        <Screen name="Alice" />
      </ScreenBoundary>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    expect(screen.getByRole("heading", { name: "Sign in" }).closest("[aria-busy]")).toHaveAttribute(
      "aria-busy",
      "true",
    );
    calls[0]?.resolve(Hello);
    expect(await screen.findByText("Hello, Alice")).toBeInTheDocument();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("a failed load says so, with a retry that loads again and a way back to the start", async () => {
    const user = userEvent.setup();
    const { load, calls } = controlledLoader();
    const Screen = lazyScreen(load);
    const restarts: string[] = [];
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <ScreenBoundary onRestart={() => restarts.push("restart")}>
        <Screen name="Bob" />
      </ScreenBoundary>,
    );
    calls[0]?.reject(new TypeError("Failed to fetch dynamically imported module"));
    const said = await screen.findByText(
      "Part of the sign-in could not be loaded. Check your connection and try again.",
    );
    // Announced, and read before the ways on.
    expect(said.closest('[role="alert"]')).not.toBeNull();
    expect(
      said.compareDocumentPosition(screen.getByRole("button", { name: "Try again" })) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    // Focus goes to the way on, so a keyboard user can retry at once. The step's effect moves it after the
    // text is in: waited for, since on a loaded machine (React 18 most of all) that comes a moment later.
    await waitFor(() => expect(screen.getByRole("button", { name: "Try again" })).toHaveFocus());

    await user.click(screen.getByRole("button", { name: "Start again" }));
    expect(restarts).toEqual(["restart"]);

    await user.keyboard("{Shift>}{Tab}{/Shift}{Enter}");
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    calls[1]?.resolve(Hello);
    expect(await screen.findByText("Hello, Bob")).toBeInTheDocument();
    errors.mockRestore();
  });

  it("once loaded, a screen renders at once: no second busy step", async () => {
    const { load, calls } = controlledLoader();
    const Screen = lazyScreen(load);
    const first = render(<ScreenBoundary>{<Screen name="Carol" />}</ScreenBoundary>);
    calls[0]?.resolve(Hello);
    await screen.findByText("Hello, Carol");
    first.unmount();
    render(
      <ScreenBoundary>
        <Screen name="Dan" />
      </ScreenBoundary>,
    );
    expect(screen.getByText("Hello, Dan")).toBeInTheDocument();
    expect(calls).toHaveLength(1);
  });

  it("speak the app's language while loading and after a failure", async () => {
    const Screen = lazyScreen<{ name: string }>(() => Promise.reject(new Error("offline")));
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <UiRoot messages={de}>
        <ScreenBoundary>
          <Screen name="Eve" />
        </ScreenBoundary>
      </UiRoot>,
    );
    expect(screen.getByRole("status")).toHaveTextContent(de["common.loading"]);
    expect((await screen.findByText(de["error.load"])).closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByRole("button", { name: de["common.retry"] })).toBeInTheDocument();
    errors.mockRestore();
  });

  it("errors that are not a failed load pass on to the app's own boundary", async () => {
    function Broken(): never {
      throw new Error("a bug in a screen");
    }
    const Screen = lazyScreen(() => Promise.resolve(Broken));
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <ScreenBoundary>
          <Screen />
        </ScreenBoundary>
      </ErrorBoundary>,
    );
    expect(await screen.findByText("App boundary: a bug in a screen")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
    errors.mockRestore();
  });
});
