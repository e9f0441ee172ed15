import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// No aliases: the library comes from node_modules, installed from the packed tarball.
export default defineConfig({ plugins: [react()] });
