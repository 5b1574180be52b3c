/**
 * The application shell: title bar, canvas and the panels around it. Each window and panel
 * sits in its own error boundary (chrome/ViewBoundary.tsx): one that fails shows a message
 * and a way back, never a white window.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { AfterFirstPaint } from './chrome/AfterFirstPaint';
import { EditorFrame } from './chrome/EditorFrame';
import { ExportLayer } from './export/ExportLayer';
import { CanvasFoot } from './chrome/CanvasFoot';
import { ImportLayer } from './import/ImportLayer';
import { TopBar } from './chrome/TopBar';
import { BoardViewBoundary, ViewBoundary } from './chrome/ViewBoundary';
import { LibraryGate } from './library/LibraryGate';
import { WorkshopLayer } from './workshop/WorkshopLayer';

export function App() {
  return (
    <ReactFlowProvider>
      <div className="oc-app">
        <ViewBoundary part="app">
          <TopBar />
          <LibraryGate>
            <EditorFrame>
              <main className="oc-workspace">
                <BoardViewBoundary part="canvas">
                  <Canvas />
                </BoardViewBoundary>
                <AfterFirstPaint>
                  <CanvasFoot />
                </AfterFirstPaint>
                <BoardViewBoundary part="workshop">
                  <WorkshopLayer />
                </BoardViewBoundary>
                <ExportLayer />
                <ImportLayer />
              </main>
            </EditorFrame>
          </LibraryGate>
        </ViewBoundary>
      </div>
    </ReactFlowProvider>
  );
}
