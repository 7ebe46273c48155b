import '../../../app/i18n';
import { createRoot } from 'react-dom/client';
import '../../../h5/h5.css';
import '../messages';
import '../evaluations.css';
import PublicPage from './PublicPage';

// No sign-in, no router, no UI kit: a printable notice that loads fast on any phone.
createRoot(document.getElementById('root')!).render(<PublicPage />);
