import type { PhaseStringsOverrides } from "../src";

/**
 * German for every string of the library, shared by the translated stories of the badge, the
 * indicator and the filter: one table, so a phase has the same label in each of them.
 */
export const GERMAN: PhaseStringsOverrides = {
  phaseLabels: {
    queued: "In Warteschlange",
    waiting_for_resources: "Wartet auf Ressourcen",
    initializing: "Wird initialisiert",
    running: "Läuft",
    paused: "Pausiert",
    succeeded: "Erfolgreich",
    recovered: "Wiederhergestellt",
    failed: "Fehlgeschlagen",
    aborted: "Abgebrochen",
    timed_out: "Zeitüberschreitung",
  },
  unknown: "Unbekannt",
  finished: "Abgeschlossen",
  inProgress: "In Bearbeitung",
  filter: {
    label: "Status",
    summaryAll: "Alle Status",
    summaryCount: (count) => `${count} Status`,
    selectedCount: (count, total) => `${count} von ${total} ausgewählt`,
    optionWithCount: (label, count) => `${label}, ${count}`,
    presetInProgress: "Laufend",
    presetSucceeded: "Erfolgreich",
    presetFailed: "Fehlgeschlagen",
    presetFinished: "Beendet",
    selectAll: "Alle auswählen",
    clear: "Leeren",
    presetsLabel: "Schnellauswahl",
  },
};
