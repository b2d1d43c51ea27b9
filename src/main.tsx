import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { pageAddress } from './state/address.ts';
import { FramedRefusal, isFramed } from './ui/FramedRefusal.tsx';
import { warmLayoutWorker } from './render/layoutClient.ts';
import './styles.css';
import './panels.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Framed by another page: only the read-only embed runs (see docs/security.md).
const refuse = isFramed() && !pageAddress().embed;
createRoot(root).render(<StrictMode>{refuse ? <FramedRefusal /> : <App />}</StrictMode>);
if (!refuse) warmLayoutWorker();
