/// <reference types="vite/client" />
import tokensCss from "../../src/styles/tokens.css?raw";
import { describeToken, parseTokens } from "./parseTokens";

/** Every --fpu-* token of src/styles/tokens.css with its light and dark value. */
export function TokenTable() {
  const rows = parseTokens(tokensCss);
  return (
    <table className="fpu-docs-table" aria-label="Theme tokens">
      <thead>
        <tr>
          <th scope="col">token</th>
          <th scope="col">light</th>
          <th scope="col">dark</th>
          <th scope="col">use</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name} data-token={row.name}>
            <th scope="row">
              <code>{row.name}</code>
            </th>
            <td>
              <Value value={row.light} swatch={row.themed} />
            </td>
            <td>
              <Value value={row.dark} swatch={row.themed} />
            </td>
            <td>{describeToken(row.name)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Value({ value, swatch }: { value: string; swatch: boolean }) {
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: 6 }}>
      {swatch ? (
        <span
          aria-hidden="true"
          style={{
            display: "inline-block",
            width: 16,
            height: 16,
            borderRadius: 3,
            background: value,
            boxShadow: "inset 0 0 0 1px #71717a",
          }}
        />
      ) : null}
      <code>{value}</code>
    </span>
  );
}
