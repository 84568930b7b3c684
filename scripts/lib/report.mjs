// The one PASS/FAIL reporter of the check scripts (package contents, Storybook pages, consumer
// apps): one line per check, a summary line, and the exit code. `npm test` shows these lines, so
// they read the same whichever script printed them.

/**
 * A reporter for one script. `check(name, ok, detail)` prints `PASS name` or
 * `FAIL name — detail` and returns `ok`; `finish()` prints `<title>: all checks passed` or
 * `<title>: N check(s) FAILED` and sets the process exit code.
 */
export function createReport(title) {
  let failures = 0;
  return {
    check(name, ok, detail = "") {
      if (!ok) failures++;
      console.log(`${ok ? "PASS" : "FAIL"} ${name}${detail ? ` — ${detail}` : ""}`);
      return Boolean(ok);
    },
    get failures() {
      return failures;
    },
    finish(note = "") {
      const prefix = note ? `${title}: ${note}; ` : `${title}: `;
      console.log(`${prefix}${failures ? `${failures} check(s) FAILED` : "all checks passed"}`);
      process.exitCode = failures ? 1 : 0;
      return failures;
    },
  };
}
