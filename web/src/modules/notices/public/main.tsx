import '../../../app/i18n';
import { createRoot } from 'react-dom/client';
import '../../../h5/h5.css';
import '../messages';
import '../notices.css';
import PublicPage from './PublicPage';

// The public notice (/p/notices/:id): no sign-in, no router, no UI kit.
createRoot(document.getElementById('root')!).render(<PublicPage />);
