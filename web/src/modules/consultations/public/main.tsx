import '../../../app/i18n';
import { createRoot } from 'react-dom/client';
import '../../../h5/h5.css';
import '../messages';
import '../consultations.css';
import PublicPage from './PublicPage';

// The public entry (/p/…): no sign-in, no router, no UI kit — a printable page that loads fast on any phone.
createRoot(document.getElementById('root')!).render(<PublicPage />);
