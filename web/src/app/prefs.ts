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

// Motion is reduced when the phone or computer asks for it, and in care mode: a dialog that fades and
// zooms in is one more thing to wait for and to follow for an elderly reader.
const reduceQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

function applyCare() {
  document.documentElement.classList.toggle('care', care);
  document.documentElement.classList.toggle('reduce-motion', motionReduced());
}
applyCare();
reduceQuery?.addEventListener('change', () => {
  applyCare();
  listeners.forEach((l) => l());
});

function motionReduced(): boolean {
  return care || Boolean(reduceQuery?.matches);
}

/** Turns care mode (关怀模式: larger text and targets, higher contrast) on or off, remembered on this device. */
export function setCare(on: boolean) {
  care = on;
  try {
    localStorage.setItem(CARE_KEY, on ? '1' : '0');
  } catch {
    /* private mode: keep it for this page only */
  }
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

/** Whether dialogs, drawers and pages should appear without animation; re-renders when it changes. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, motionReduced);
}

/** Switches the interface language (remembered in localStorage by i18n.ts). */
export function setLang(lang: Lang) {
  void i18n.changeLanguage(lang);
}
