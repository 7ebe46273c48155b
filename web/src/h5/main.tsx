import '../app/i18n';
import { createRoot } from 'react-dom/client';
import App from './App';
import './h5.css';

createRoot(document.getElementById('root')!).render(<App />);
