import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist", "storybook-static", "node_modules", "coverage", ".cache"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["src/phases/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react/*", "../*"],
              message: "The domain module knows no React and nothing outside itself.",
            },
          ],
        },
      ],
    },
  },
  {
    // A component folder holds one component. What several components share lives in
    // src/internal/ (or src/icons/, src/strings/, src/phases/), never in a sibling's folder.
    files: ["src/components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\./(?!\\.\\./)|/components/",
              message:
                "Import shared code from src/internal/ (or icons/, strings/, phases/), not from another component's folder.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/**", "*.js", "*.mjs", "bench/**/*.mjs", ".ci/**"],
    languageOptions: { globals: { ...globals.node } },
  },
);
