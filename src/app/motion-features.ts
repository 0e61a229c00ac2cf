// Loaded lazily so motion's animation code stays out of the initial bundle.
export { domAnimation as default } from 'motion/react';
