import { describe, expect, it, vi } from 'vitest';
import { electronDialogPort } from '../../../main/electron/fileWiring';

describe('file dialogs', () => {
  it('asks for .orgcanvas files, parented to the window, and maps Cancel to undefined', async () => {
    const window = { id: 1 } as any;
    const dialog = {
      showOpenDialog: vi.fn().mockResolvedValueOnce({ canceled: false, filePaths: ['/home/c/Acme.orgcanvas'] }).mockResolvedValueOnce({ canceled: true, filePaths: [] }),
      showSaveDialog: vi.fn().mockResolvedValueOnce({ canceled: false, filePath: '/home/c/New.orgcanvas' }).mockResolvedValueOnce({ canceled: true, filePath: '' }),
    };
    const port = electronDialogPort(dialog as any, () => window);
    expect(await port.chooseOpenPath()).toBe('/home/c/Acme.orgcanvas');
    expect(await port.chooseOpenPath()).toBeUndefined();
    expect(await port.chooseSavePath('Acme.orgcanvas')).toBe('/home/c/New.orgcanvas');
    expect(await port.chooseSavePath('Acme.orgcanvas')).toBeUndefined();
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, expect.objectContaining({ filters: [{ name: 'OrgCanvas', extensions: ['orgcanvas'] }], properties: ['openFile'] }));
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: 'Acme.orgcanvas' }));
  });

  it('still works with no window (macOS, all windows closed)', async () => {
    const dialog = { showOpenDialog: vi.fn().mockResolvedValue({ canceled: false, filePaths: ['/a.orgcanvas'] }), showSaveDialog: vi.fn() };
    expect(await electronDialogPort(dialog as any, () => null).chooseOpenPath()).toBe('/a.orgcanvas');
    expect(dialog.showOpenDialog.mock.calls[0]).toHaveLength(1);
  });
});
