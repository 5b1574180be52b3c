/** Entry point of the renderer: language first, then the board, then the first paint. */
// First: zod must be told not to probe `new Function` before any schema exists (see file).
import './platform/zodJitless';
// Then the language, so that its texts are fetched while the rest is evaluated (see file).
import { startLanguage } from './i18n/startLanguage';
import '@xyflow/react/dist/base.css';
import './styles/app.css';
import './styles/nodes.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { demoBoard } from '../shared/boards/demo';
import { App } from './App';
import { benchBoard } from './benchHook';
import { i18n } from './i18n/setup';
import { useAppStore } from './store/store';

// In the interface's language: a first start keeps this board as the user's first board.
useAppStore.getState().loadBoard(benchBoard() ?? demoBoard(startLanguage));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
