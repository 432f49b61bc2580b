/**
 * English strings: present mode and the presenter view (src/scripts/present/). They reach the
 * browser with the mode: presentWords.ts loads the page's language only, when the mode starts.
 */
export const present = {
  /** The Present button PresentSupport.astro renders on a presentable page. */
  button: { label: 'Present this page as slides (for a projector)', text: 'Present' },
  toolbar: 'Presentation',
  prev: { label: 'Previous slide (←, Page Up)', text: '←' },
  next: { label: 'Next slide (→, Space, Page Down)', text: '→' },
  overview: { label: 'Slides overview (O)', text: 'Slides' },
  notes: { label: 'Notes for the presenter (N)', text: 'Notes' },
  qr: { label: 'QR code of this page (Q)', text: 'QR' },
  presenter: { label: 'Presenter view, in a new window for your own screen (S)', text: 'Presenter view' },
  fullscreen: { label: 'Full screen (F)', text: 'Full screen' },
  exit: { label: 'Exit present mode (Esc)', text: 'Exit' },
  close: 'Close',
  more: '↓ more on this slide',
  overviewTitle: 'Slides',
  goTo: 'Go to slide {n}: {label}',
  notesTitle: 'Presenter notes',
  noNotes: 'This page has no presenter notes.',
  qrTitle: 'Open this page on your phone',
  qrAlt: 'QR code linking to {url}',
  status: 'Slide {n} of {total}: {label}',
  popupBlocked: 'The presenter view could not open: allow pop-ups for this site, then press S again.',
  // Slide names, for the overview, the live region and the presenter view.
  titleSlide: 'Title',
  questionsSlide: 'Questions for discussion',
  introduction: 'Introduction',
  continued: '{heading} (continued)',
  figure: 'Figure: {name}',
  figureUnnamed: 'Figure',
  event: '{title}, {date}',
  mapDate: 'Map: {date}',
  // The presenter view.
  presenterTitle: 'Presenter view',
  /** The presenter view's heading and window title: "Presenter view: <the page's title>". */
  presenterHeading: 'Presenter view: {page}',
  current: 'Current slide',
  upNext: 'Next slide',
  end: 'End of the slides',
  slideNotes: 'Notes for this slide',
  noSlideNotes: 'No notes for this slide.',
  elapsed: 'Elapsed',
  resetTimer: { label: 'Reset the elapsed time', text: 'Reset' },
  waiting: 'Waiting for the slides: open this page with ?present in another window, or press S there.',
  closed: 'The slides window has left present mode.',
  presenterPrev: { label: 'Previous slide (←, Page Up)', text: '← Previous' },
  presenterNext: { label: 'Next slide (→, Space, Page Down)', text: 'Next →' },
} as const;
