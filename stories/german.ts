import type { PhaseStringsOverrides } from "../src";

/**
 * German for every string of the library, shared by the translated stories of the badge, the
 * indicator and the filter: one table, so a phase has the same label in each of them. Plain
 * data only (templates, no functions), so a server layout could pass it to the provider.
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
  locale: "de",
  unknown: "Unbekannt",
  finished: "Abgeschlossen",
  inProgress: "In Bearbeitung",
  filter: {
    label: "Status",
    summaryAll: "Alle Status",
    summaryMore: "+{count}",
    selectedCount: "{count} von {total} ausgewählt",
    optionWithCount: { one: "{label}, {count} Aktion", other: "{label}, {count} Aktionen" },
    unavailable: "Nicht verfügbar",
    popupLabel: "Filter {label}",
    presetsHint: "Umschalt+Tab für die Schnellauswahl",
    presetDescription: "Wählt {phases}",
    presetInProgress: "Laufend",
    presetSucceeded: "Erfolgreich",
    presetFailed: "Fehlgeschlagen",
    presetFinished: "Beendet",
    selectAll: "Alle auswählen",
    clear: "Leeren",
    presetsLabel: "Schnellauswahl",
  },
  phaseCounts: {
    queued: "{count} in Warteschlange",
    waiting_for_resources: "{count} wartend auf Ressourcen",
    initializing: "{count} in Initialisierung",
    running: "{count} laufend",
    paused: "{count} pausiert",
    succeeded: "{count} erfolgreich",
    recovered: "{count} wiederhergestellt",
    failed: "{count} fehlgeschlagen",
    aborted: "{count} abgebrochen",
    timed_out: "{count} mit Zeitüberschreitung",
    unknown: "{count} unbekannt",
  },
  countBar: {
    label: "Aktionen nach Status",
    total: { one: "{count} Aktion", other: "{count} Aktionen" },
    summary: "{total}: {list}",
    empty: "Keine Aktionen",
  },
  history: {
    summary: { one: "Letzter Lauf: {list}", other: "Letzte {count} Läufe: {list}" },
    empty: "Keine Läufe",
    mark: "{label}: {phase}",
  },
};
