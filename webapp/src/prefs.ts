/**
 * Display preferences of this device (not sent to the server): large text and
 * high contrast. Kept in localStorage and applied as classes on <html> before
 * the first render, so there is no flash of the default look.
 */
import { useSyncExternalStore } from "react";

export interface DisplayPrefs {
  largeText: boolean;
  highContrast: boolean;
}

const KEY = "support-desk:display";
const CLASSES: Record<keyof DisplayPrefs, string> = { largeText: "large-text", highContrast: "high-contrast" };
const listeners = new Set<() => void>();

function read(): DisplayPrefs {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? "{}") as Partial<DisplayPrefs>;
    return { largeText: raw.largeText === true, highContrast: raw.highContrast === true };
  } catch {
    return { largeText: false, highContrast: false };
  }
}

let current = read();

function apply(prefs: DisplayPrefs): void {
  const root = document.documentElement;
  for (const key of Object.keys(CLASSES) as Array<keyof DisplayPrefs>) root.classList.toggle(CLASSES[key], prefs[key]);
}

export function applyDisplayPrefs(): void {
  apply(current);
}

export function setDisplayPref(key: keyof DisplayPrefs, value: boolean): void {
  current = { ...current, [key]: value };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Private mode: the choice lasts for this visit.
  }
  apply(current);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDisplayPrefs(): DisplayPrefs {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
}
