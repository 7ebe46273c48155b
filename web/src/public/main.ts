// The public entry (/p/…): each module's public page is its own small bundle, chosen by the address.
if (window.location.pathname.startsWith('/p/evaluations/')) void import('../modules/evaluations/public/main');
else void import('../modules/consultations/public/main');
