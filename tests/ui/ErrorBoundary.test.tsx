// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary.tsx';

// React reads this flag to allow act() outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Panel({ broken }: { broken: boolean }) {
  if (broken) throw new Error('measure m-1 has no body');
  return <p>Chen Quanguo</p>;
}

function Harness() {
  const [broken, setBroken] = useState(true);
  return (
    <ErrorBoundary what="The detail panel" onReset={() => setBroken(false)}>
      <Panel broken={broken} />
    </ErrorBoundary>
  );
}

describe('ErrorBoundary', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('shows a message and a way back instead of a blank panel, and recovers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<Harness />));

    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The detail panel ran into a problem');
    expect(alert?.textContent).toContain('measure m-1 has no body');

    const back = host.querySelector('button');
    expect(back?.textContent).toBe('Go back');
    await act(async () => back?.click());
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(host.textContent).toBe('Chen Quanguo');
    await act(async () => root.unmount());
  });
});
