/** English strings: the teachers' page (/teach/, src/views/TeachView.astro and components/Lesson*.astro). */
export const teach = {
  title: 'For teachers',
  description:
    'A lesson for each chapter of the explainer: a summary, learning goals, discussion questions, a 10–15-minute activity with the timeline or the map, and links to present, print or embed it.',
  kicker: 'For teachers · {chapters} lessons',
  /** Who the page is for. */
  audience:
    'These lessons are for teachers of history, civics, geography or Spanish working with students aged 16 to 19. Each chapter of the explainer makes one lesson, and the lessons can be taught in order or on their own.',
  /** How long a lesson takes; {min}–{max}: the chapters' reading times. */
  duration:
    'A lesson fits one class period of about 50 minutes: students read the chapter (a {min}–{max}-minute read, before class or in it), you run the activity (10 to 15 minutes), and the class discusses the chapter’s questions.',
  neutrality:
    'The op-ed argues a case. The chapters keep the authors’ argument, López Obrador’s own words and the public record apart, and the activities ask students to weigh the evidence, not to adopt a view.',
  contents: 'Contents',
  chapterKicker: 'Chapter {n} · a {minutes}-minute read',
  summary: 'Summary',
  goals: 'Learning goals',
  goalsLead: 'Students can:',
  questions: 'Discussion questions',
  activity: 'Activity: {title}',
  activityTotal: '{minutes} minutes in all',
  stepMinutes: '{minutes} min',
  open: 'Open:',
  /** A link that opens the map on a day. */
  mapOn: 'the map on {date}',
  links: 'Links for this lesson',
  present: 'Present the chapter',
  presentHint: 'Opens the chapter as slides for a projector (press Esc to leave).',
  handout: 'The chapter in the printable handout',
  chapterPage: 'Read the chapter',
  qrCaption: 'Students scan this to open the chapter on their phones.',
  /** The QR code's accessible name. */
  qrAlt: 'QR code for the chapter’s address, {url}',
  embed: 'Embed code: {figure}',
  embedHint: 'Paste this into a course page (Moodle, Google Classroom, a blog) to show {figure} as the activity opens it.',
  /** The figure an embed shows, as the embed heading and hint name it. */
  copyEmbed: 'Copy the embed code',
  embedFigure: { map: 'the membership map', timeline: 'the timeline' },
  /** The iframe's title, which screen readers announce on the host page. */
  embedTitle: { map: 'Map: who belongs to CELAC and the OAS', timeline: 'Timeline: CELAC, the OAS and the op-ed' },
  offline: {
    heading: 'Using the site offline',
    intro:
      'School networks fail. Before the lesson, while you are still online, open the site on the computer you will use in class and press “{button}” at the foot of any page. It downloads both languages, English and Spanish.',
    ready:
      'Once it says “{ready}”, every page, present mode and the handout work without a network on that device and in that browser. When the site is updated, your next visit online fetches the new version in the background and says “{update}”; nothing changes until you reload with it, so a lesson is never switched halfway through.',
  },
  print: {
    heading: 'Printing',
    handout:
      'The {link} holds every chapter on one page, with its questions, notes and sources, and ends with the whole timeline and the membership table. Each chapter starts on a new page, on A4 or Letter paper.',
    handoutLink: 'printable handout',
    chapter: 'Any chapter, and this page, can also be printed on its own from the browser’s Print command. Links print with their address.',
    figures:
      'On paper the interactive figures become what they show: the timeline becomes a dated list of its events, and the map becomes a table of every state’s membership, so nothing depends on a screen.',
  },
  /** The card on the home page that leads here. */
  homeCard: 'For teachers',
  homeCardText: 'A lesson for each chapter: goals, questions, a 10–15-minute activity and links to present it.',
} as const;
