import { describe, expect, it } from 'vitest';
import { MINIMAP_MIN_WIDTH, minimapShown } from '../../../renderer/canvas/minimap';

describe('the overview map shown by default from 1440 px of window width', () => {
  it('is off in a projector laptop window and on in a wide one when nobody chose', () => {
    expect(MINIMAP_MIN_WIDTH).toBe(1440);
    expect(minimapShown(null, 1280)).toBe(false);
    expect(minimapShown(null, 1366)).toBe(false);
    expect(minimapShown(null, 1439)).toBe(false);
    expect(minimapShown(null, 1440)).toBe(true);
    expect(minimapShown(null, 1920)).toBe(true);
  });

  it('follows the choice the user made, at any width', () => {
    expect(minimapShown(true, 1280)).toBe(true);
    expect(minimapShown(false, 1920)).toBe(false);
  });
});
