// Storybook's own Vite config: the react-vite preset adds only docgen, so React's plugin is here.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
});
