import type { Dictionary } from '../types';

/** Spanish (es-419) strings: see src/i18n/en/embed.ts for where each is used. */
export const embed = {
  page: {
    mapTitle: 'Membresía en la CELAC y la OEA en las Américas',
    timelineTitle: 'Línea de tiempo: los hechos detrás del artículo de opinión',
    mapDescription: 'El mapa de membresía en la CELAC y la OEA, de la guía “{site}”, para insertar en otra página.',
    timelineDescription:
      'La línea de tiempo de los hechos detrás del artículo de opinión, de la guía “{site}”, para insertar en otra página.',
    mapSource:
      'Fuente: “{site}”, una guía del artículo de opinión de {authors}. Cada cambio en la situación de un Estado se apoya en una fuente pública; situaciones verificadas el {checked}.',
    timelineSource:
      'Fuente: “{site}”, una guía del artículo de opinión de {authors}. Cada hecho se apoya en fuentes públicas, citadas en su propia página; datos verificados el {checked}.',
    openMap: 'Abrir el mapa completo en la guía',
    openTimeline: 'Abrir la línea de tiempo completa en la guía',
    newTab: '(se abre en una pestaña nueva)',
  },
  iframeTitle: {
    map: 'Mapa de la membresía en la CELAC y la OEA, de “{site}”',
    timeline: 'Línea de tiempo de los hechos detrás del artículo de opinión, de “{site}”',
  },
  share: {
    heading: 'Compartir esta figura',
    copyMapLink: 'Copiar enlace al mapa tal como se ve',
    copyTimelineLink: 'Copiar enlace a la línea de tiempo tal como se ve',
    embed: 'Insertar',
    intro:
      'Pegue este código en una página de curso, un blog o cualquier página que acepte HTML. Muestra la figura tal como se ve ahora, con un enlace de vuelta a esta página.',
    codeLabel: 'Código para insertar',
    copyCode: 'Copiar el código para insertar',
    resize:
      'La altura del marco se ajusta a una columna de unos 700 píxeles de ancho; una página que escuche mensajes recibe {message} con la altura de la figura cada vez que cambia, y puede ajustar el marco a ella.',
  },
} as const satisfies Dictionary['embed'];
