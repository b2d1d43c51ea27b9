// The side panel as a drawer on a phone (CSS, max-width 720px): open while something is selected or
// after a tab (Details, Filters, Insights) is tapped; the selected node is brought back into the part of
// the graph above the open drawer.
import { useEffect, useState } from 'react';
import { canvasCommands } from '../../state/commands.ts';

export const PHONE_QUERY = '(max-width: 720px)';

/** Wait for the drawer's slide (0.2 s) and the canvas's resize before centring. */
const SETTLE_MS = 260;

export interface Drawer {
  open: boolean;
  /** A tab was tapped: open the drawer, whatever is selected. */
  openByTab(): void;
  /** The close button: fold the drawer (the caller also clears the selection). */
  close(): void;
}

export function useDrawer(selectedNode: string | null, selected: boolean): Drawer {
  const [byTab, setByTab] = useState(false);
  const open = selected || byTab;
  useEffect(() => {
    if (!open || selectedNode === null || !window.matchMedia(PHONE_QUERY).matches) return;
    const timer = setTimeout(() => canvasCommands()?.centreOn(selectedNode), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [open, selectedNode]);
  return { open, openByTab: () => setByTab(true), close: () => setByTab(false) };
}
