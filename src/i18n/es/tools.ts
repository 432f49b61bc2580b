import type { Dictionary } from '../types';
import { site } from './site.ts';

/** Spanish (es-419) strings: the reader's tools and the share cards. */
export const tools = {
  copyLink: {
    link: 'Copiar enlace',
    text: 'Copiar',
    linkCopied: 'Enlace copiado',
    textCopied: 'Copiado',
    linkFailed: 'Copie este enlace: {url}',
    textFailed: 'Seleccione el texto para copiarlo',
  },
  share: {
    copyChapterLink: 'Copiar enlace de este capítulo',
    share: 'Compartir…',
    cite: 'Citar este capítulo',
    plain: 'Texto plano',
    bibtex: 'BibTeX',
    copyPlain: 'Copiar la cita como texto plano',
    copyBibtex: 'Copiar la cita en BibTeX',
  },
  citation: {
    plain: '“{title}”. Capítulo {number} de {site} Una lectura guiada de “{original}”, de {authors} ({year}). Consultado el {date}, {url}.',
    howpublished: 'Capítulo {number} de \\emph{{site}}, una lectura guiada de {authors}, “{original}” ({year})',
    note: 'Consultado el {date}',
    unknownDate: '[fecha]',
    bibtexLanguage: 'spanish',
  },
  theme: {
    label: 'Tema',
    hint: ' (colores)',
    auto: 'Automático',
    light: 'Claro',
    dark: 'Oscuro',
    contrast: 'Proyector',
  },
  toc: { title: 'En este capítulo', questions: 'Preguntas para la discusión' },
  og: {
    since: 'Después',
    credit: 'Para entender a {authors} ({year})',
    authorJoin: ' y ',
    alt: '{site}: “{title}”. {credit}.',
    chapterKicker: 'Capítulo {n} de {total}',
    eventKicker: 'Línea de tiempo · {date}',
    inCelac: '{n} en la CELAC',
    outsideCelac: '{n} fuera de ella',
    pages: {
      home: { kicker: 'Una lectura guiada, por capítulos', title: site.tagline },
      timeline: { kicker: 'Línea de tiempo', title: 'Las fechas detrás del argumento, y lo que vino después' },
      map: { kicker: 'Mapa', title: 'Quién pertenece a qué: la CELAC y la OEA' },
      glossary: { kicker: 'Glosario', title: 'Los términos que el artículo da por sabidos' },
      about: { kicker: 'Acerca de', title: 'Cómo se hizo esta guía' },
      handout: { kicker: 'Material impreso', title: 'Toda la guía, lista para imprimir' },
      teach: { kicker: 'Para docentes', title: 'Una clase por capítulo: objetivos, preguntas y una actividad' },
    },
  },
} as const satisfies Dictionary['tools'];
