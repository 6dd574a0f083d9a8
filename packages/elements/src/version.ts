/** The library version, stamped on every element class for the guarded `define()`. */
export const VERSION = '0.1.0';
