// The public entry (/p/…) serves each module's notice page by its path; only that page's code is loaded.
if (window.location.pathname.startsWith('/p/projects/')) void import('./modules/projects/public/main');
else void import('./modules/consultations/public/main');
