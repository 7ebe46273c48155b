/** Stylesheets, also imported lazily (`import('./x.css')` in a module's h5.tsx, loaded with its pages): Vite injects them. */
declare module '*.css';
