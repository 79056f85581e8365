import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isBridgeAvailable } from './api';
import { App } from './App';
import './styles/index.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {isBridgeAvailable() ? (
        <App />
      ) : (
        <main className="fatal">
          <h1>Muster cannot start</h1>
          <p>This window is not connected to Muster’s engine. Start Muster from its own application.</p>
        </main>
      )}
    </StrictMode>,
  );
}
