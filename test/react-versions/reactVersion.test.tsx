import { version as reactVersion, useState } from "react";
import { version as reactDomVersion } from "react-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PhaseStringsProvider, usePhaseStrings } from "../../src";

// Runs in `unit` (React 19) and in `unit-react18` (React 18, see vitest.config.ts): proves that
// each project really tests the React it names, with one copy of React for our sources, the
// test and Testing Library (two copies would break hooks: "Invalid hook call").
const expectedMajor = process.env.EXPECTED_REACT_MAJOR;

function Probe() {
  const strings = usePhaseStrings();
  const [clicks, setClicks] = useState(0);
  return (
    <button type="button" onClick={() => setClicks((n) => n + 1)}>
      {strings.unknown} {clicks}
    </button>
  );
}

describe(`React ${expectedMajor ?? "?"}`, () => {
  it("is the React this project is meant to test", () => {
    expect(expectedMajor).toMatch(/^(18|19)$/);
    expect(reactVersion.split(".")[0]).toBe(expectedMajor);
    expect(reactDomVersion.split(".")[0]).toBe(expectedMajor);
  });

  it("renders our provider and hooks through Testing Library with one React", async () => {
    const errors = vi.spyOn(console, "error");
    render(
      <PhaseStringsProvider strings={{ unknown: "Unbekannt" }}>
        <Probe />
      </PhaseStringsProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Unbekannt 0" }));
    expect(screen.getByRole("button", { name: "Unbekannt 1" })).toBeInTheDocument();
    // No "not wrapped in act(...)" or duplicate-React warnings.
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
