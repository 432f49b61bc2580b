import type { Dictionary } from '../types';

/** Spanish (es-419) strings: the chapter section (see src/i18n/en/chapter.ts for what each is). */
export const chapter = {
  kickers: {
    factcheck: 'Verificación',
    background: 'Contexto · no viene del artículo',
    since: 'Desde entonces',
    sinceDated: 'Desde entonces · {date}',
  },
  factCheckLabels: {
    claim: 'Lo que dice el artículo.',
    record: 'Lo que muestran los registros.',
  },
  heading: {
    link: 'Enlace a la sección “{text}”',
    copyLink: 'Copiar enlace de la sección “{text}”',
  },
  questions: {
    heading: 'Preguntas para la discusión',
  },
  footnotesLabel: 'Notas y fuentes',
  backToReference: 'Volver a la referencia {ref}',
} as const satisfies Dictionary['chapter'];
