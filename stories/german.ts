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
    summaryCount: "{count} Status",
    selectedCount: "{count} von {total} ausgewählt",
    optionWithCount: "{label}, {count}",
    presetInProgress: "Laufend",
    presetSucceeded: "Erfolgreich",
    presetFailed: "Fehlgeschlagen",
    presetFinished: "Beendet",
    selectAll: "Alle auswählen",
    clear: "Leeren",
    presetsLabel: "Schnellauswahl",
  },
  duration: {
    seconds: "{s} s",
    minutes: "{m} min {ss} s",
    hours: "{h} h {mm} min",
    days: "{d} T {hh} h",
    unknown: "Dauer unbekannt",
    typically: "meist {expected}",
    longerThanTypical: "länger als die üblichen {expected}",
    started: "Gestartet {time}",
    ended: "Beendet {time}",
  },
  marks: {
    attempt: "↻{attempt}",
    attemptLabel: "Versuch {attempt} von {attempts}",
    CACHE_HIT: "aus dem Cache",
    CACHE_POPULATED: "im Cache gespeichert",
    CACHE_LOOKUP_FAILURE: "Cache-Abfrage fehlgeschlagen",
    CACHE_PUT_FAILURE: "Cache-Speichern fehlgeschlagen",
    CACHE_EVICTED: "aus dem Cache entfernt",
  },
  documentTitle: "{glyph} {title}",
};
