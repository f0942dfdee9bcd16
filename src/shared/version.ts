export const BARABAR_VERSION = '0.1.0';
