// Library build only. Storybook uses .storybook/vite.config.ts and Vitest uses vitest.config.ts,
// so nothing here leaks into either.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  build: {
    lib: {
      entry: { index: "src/index.ts", phases: "src/phases/index.ts" },
      formats: ["es"],
    },
    sourcemap: true,
    rolldownOptions: {
      external: ["react", "react-dom", "react/jsx-runtime", "clsx"],
    },
  },
});
