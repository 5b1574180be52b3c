import { describe, expect, it } from 'vitest';
import { MAX_AREA, MAX_SIDE, planRaster } from '../../../shared/export';
import { createI18n } from '../../../shared/i18n';

describe('planRaster', () => {
  it('keeps the requested scale when the image fits', () => {
    expect(planRaster(1000, 500, 2)).toEqual({ requestedScale: 2, scale: 2, width: 2000, height: 1000, clamped: false });
    expect(planRaster(4096, 4096, 4)).toMatchObject({ scale: 4, width: MAX_SIDE, height: MAX_SIDE, clamped: false });
  });

  it('lowers the scale for a side over 16,384 px', () => {
    const plan = planRaster(20_000, 1000, 1);
    expect(plan.clamped).toBe(true);
    expect(plan.width).toBeLessThanOrEqual(MAX_SIDE);
    expect(plan.width).toBeGreaterThan(MAX_SIDE - 30);
  });

  it('lowers the scale for more than 268 Mpx in total', () => {
    const plan = planRaster(9000, 9000, 2);
    expect(plan.clamped).toBe(true);
    expect(plan.width * plan.height).toBeLessThanOrEqual(MAX_AREA);
    expect(plan.width * plan.height).toBeGreaterThan(MAX_AREA * 0.99);
  });

  it('refuses a scale that is not a positive number', () => {
    expect(() => planRaster(10, 10, 0)).toThrow(RangeError);
    expect(() => planRaster(10, 10, Number.NaN)).toThrow(RangeError);
  });

  it('has a message for the user in both languages', () => {
    const params = { requested: 4, scale: 0.8, width: 80000, height: 2000 };
    expect(createI18n('en').t('export.raster.clamped', params)).toMatch(/At 4× the image would be 80000 × 2000 px.*exported at 0.8×/);
    expect(createI18n('nl').t('export.raster.clamped', params)).toMatch(/Op 4× zou de afbeelding.*op 0.8× geëxporteerd/);
  });
});
