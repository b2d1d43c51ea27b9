import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { isEmbedSearch } from './features/share/links.ts';
import { FramedRefusal, isFramed } from './ui/FramedRefusal.tsx';
import './styles.css';
import './panels.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Framed by another page: only the read-only embed runs (see docs/security.md).
const refuse = isFramed() && !isEmbedSearch(window.location.search);
createRoot(root).render(<StrictMode>{refuse ? <FramedRefusal /> : <App />}</StrictMode>);
