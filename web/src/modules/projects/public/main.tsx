import '../../../app/i18n';
import { createRoot } from 'react-dom/client';
import '../../../h5/h5.css';
import '../messages';
import PublicPage from './PublicPage';

// The public project notice (/p/projects/:id): no sign-in, no UI kit, printable.
createRoot(document.getElementById('root')!).render(<PublicPage />);
