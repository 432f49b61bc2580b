/**
 * English strings: offline use. The app's short name (the manifest, src/pages/[...manifest].webmanifest.ts),
 * the "Save for offline" control in the footer and the update notice (components/OfflineControl.astro;
 * scripts/offlineControl.ts reads them from the element's data-words and fills {placeholders}).
 */
export const offline = {
  appShortName: 'CELAC or OAS?',
  heading: 'Offline copy',
  save: 'Save for offline',
  before:
    'Keeps every page in both languages on this device, with the slides, the handout and the figures, for a class without a network: {size}.',
  sizeUnknown:
    'Keeps every page in both languages on this device, with the slides, the handout and the figures, for a class without a network.',
  saving: 'Saving: {done} of {total} files…',
  progressLabel: 'Saving for offline',
  /** The first words of `ready`, as the teachers' page quotes them. */
  readyLabel: 'Ready offline',
  ready: 'Ready offline: every page in both languages ({size}) now opens on this device without a network.',
  failed: 'Saving stopped before the end (the connection may have dropped). Nothing is half-saved: try again when you are online.',
  retry: 'Try again',
  remove: 'Remove the offline copy',
  removed: 'The offline copy was removed from this device.',
  updateAvailable: 'A newer version of this explainer is available.',
  updateReload: 'Reload with the new version',
  updateLater: 'Later',
  updatedElsewhere: 'This explainer was updated in another tab. Reload this page to go on with the new version.',
  reload: 'Reload',
} as const;
