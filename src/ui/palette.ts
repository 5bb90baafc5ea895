/** The noir palette: greys, and one red that only ever means danger. */
export const INK = 0x0e0f11;
export const SHADOW = 0x1b1d21;
export const SLATE = 0x2c2f35;
export const STONE = 0x4a4e56;
export const FOG = 0x8a8f98;
export const PAPER = 0xc9ccd1;
export const WHITE = 0xeef0f2;
export const DANGER = 0xc0303a;
/** a faint warm grey for lamplight and '?' */
export const LAMP = 0xd8ccb0;

export const FONT = 'type';
/** internal resolution: crisp pixels, scaled to the window */
export const VIEW_W = 384;
export const VIEW_H = 216;
