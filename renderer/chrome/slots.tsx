/**
 * Places in the bars that another part of the app fills: the app bar holds the storage bar
 * (rendered by the library, which owns its state), the tool row holds the workshop bar
 * (rendered by the workshop layer). Both render their own component, into the bar, through
 * a portal; where the bar is not on the page (a test rendering the part alone), in place.
 */
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { create, type StoreApi, type UseBoundStore } from 'zustand';

type SlotStore = UseBoundStore<StoreApi<{ element: HTMLElement | null }>>;

function createSlot(className: string) {
  const useElement: SlotStore = create(() => ({ element: null as HTMLElement | null }));
  const set = (element: HTMLElement | null) => {
    if (useElement.getState().element !== element) useElement.setState({ element });
  };
  function Slot() {
    return <div className={className} ref={set} />;
  }
  function InSlot({ children }: { children: ReactNode }) {
    const element = useElement((s) => s.element);
    return element ? createPortal(children, element) : <>{children}</>;
  }
  return { Slot, InSlot };
}

/** In the app bar, after the logo: the storage bar (library/StorageBar.tsx). */
export const AppBarSlot = createSlot('oc-topbar__slot');
/** In the tool row, after the editing tools: the workshop bar (workshop/WorkshopBar.tsx). */
export const ToolRowSlot = createSlot('oc-toolrow__workshop-items');
