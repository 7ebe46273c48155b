import { useSyncExternalStore } from 'react';
import i18n from './i18n';
import type { Lang } from './i18n';

const CARE_KEY = 'gz.care';
const listeners = new Set<() => void>();
let care = readCare();

function readCare(): boolean {
  try {
    return localStorage.getItem(CARE_KEY) === '1';
  } catch {
    return false;
  }
}

function applyCare() {
  document.documentElement.classList.toggle('care', care);
}
applyCare();

/** Turns care mode (关怀模式: larger text and targets, higher contrast) on or off, remembered on this device. */
export function setCare(on: boolean) {
  care = on;
  try {
    localStorage.setItem(CARE_KEY, on ? '1' : '0');
  } catch { /* private mode: keep it for this page only */ }
  applyCare();
  listeners.forEach((l) => l());
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Whether care mode is on; re-renders when it changes. */
export function useCare(): boolean {
  return useSyncExternalStore(subscribe, () => care);
}

/** Switches the interface language (remembered in localStorage by i18n.ts). */
export function setLang(lang: Lang) {
  void i18n.changeLanguage(lang);
}
