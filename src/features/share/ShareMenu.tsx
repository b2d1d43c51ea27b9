import { Suspense } from 'react';
import { lazyPart } from '../../ui/lazyPart.tsx';
import { LoadingPanel } from '../../ui/Loading.tsx';
import { useMenuPanel } from '../../ui/useMenuPanel.ts';

// The panel and what it does (exports, citations) is a chunk of its own, fetched once the app has started.
const SharePanel = lazyPart(() => import('./SharePanel.tsx').then((m) => m.SharePanel));

/**
 * The share menu: a button opening a panel to copy the link or an embed, save an image, save or open a
 * view file, export what is visible, and copy the citations. Keyboard operable; Esc closes it.
 */
export function ShareMenu() {
  const { open, toggle, close, panelId, wrapper, button, onKeyDown } = useMenuPanel();

  return (
    <div className="share" ref={wrapper} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="share-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={toggle}
      >
        Share
      </button>
      {open && (
        <Suspense fallback={<LoadingPanel className="share-panel" />}>
          <SharePanel id={panelId} onDone={() => close(true)} />
        </Suspense>
      )}
    </div>
  );
}
