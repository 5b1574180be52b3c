/**
 * The window sizes facilitators use (issue 21): most projector laptops run at 1280×720 or
 * 1366×768, and a room's own screen at 1920×1080. Geometry checks of the room run at each.
 */
export const ROOM_SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

export type RoomSize = (typeof ROOM_SIZES)[number];

export const sizeName = (size: RoomSize) => `${size.width}×${size.height}`;
