/** The application shell: title bar, canvas and the panels around it. */
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { AfterFirstPaint } from './chrome/AfterFirstPaint';
import { EditorFrame } from './chrome/EditorFrame';
import { ExportLayer } from './export/ExportLayer';
import { Legend } from './chrome/Legend';
import { TopBar } from './chrome/TopBar';
import { HintsPanel } from './hints/HintsPanel';
import { LibraryGate } from './library/LibraryGate';
import { WorkshopLayer } from './workshop/WorkshopLayer';

export function App() {
  return (
    <ReactFlowProvider>
      <div className="oc-app">
        <TopBar />
        <LibraryGate>
          <EditorFrame>
            <main className="oc-workspace">
              <Canvas />
              <AfterFirstPaint>
                <Legend />
                <HintsPanel />
              </AfterFirstPaint>
              <WorkshopLayer />
              <ExportLayer />
            </main>
          </EditorFrame>
        </LibraryGate>
      </div>
    </ReactFlowProvider>
  );
}
