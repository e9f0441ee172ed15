/**
 * The peers alone, whole: react, react-dom, @tanstack/react-query and zod/mini, every export kept. Any
 * app that uses this library already ships them, so the other rows are read as bytes over this one.
 */
import * as reactQuery from "@tanstack/react-query";
import * as react from "react";
import * as reactDomClient from "react-dom/client";
import * as z from "zod/mini";

const root = reactDomClient.createRoot(document.getElementById("root") as HTMLElement);
root.render(react.createElement(reactQuery.QueryClientProvider, { client: new reactQuery.QueryClient() }));
// Keeps every export, so tree-shaking cannot make the peers look smaller than an app's copy of them.
(window as unknown as { keep: unknown }).keep = [react, reactQuery, z];
