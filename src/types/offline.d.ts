/** True when the build registers the service worker (src/integrations/offline.ts sets it). */
declare const __VR_OFFLINE__: boolean;
