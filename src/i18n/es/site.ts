import type { Dictionary } from '../types';

/** Spanish (es-419) strings: the site's frame and the pages' own words. */
export const site = {
  title: '¿Integración o independencia?',
  tagline: 'Una lectura guiada de un artículo de opinión sobre México, la CELAC, la OEA y Estados Unidos',
  anExplainer: 'una guía de lectura',
  skipToContent: 'Saltar al contenido',
  nav: { label: 'Sitio', chapters: 'Capítulos', timeline: 'Línea de tiempo', map: 'Mapa', glossary: 'Glosario', about: 'Acerca de' },
  languages: {
    label: 'Idioma',
    readIn: 'Leer esta página en español',
    offer: 'Esta página también está en español.',
    offerLink: 'Leerla en español',
    dismiss: 'No, gracias',
  },
  footer: {
    credit:
      'Este sitio explica, con sus propias palabras, el artículo de opinión {title} de {authors}, fechado el {date}. El argumento es de los autores; las explicaciones, los recuadros de contexto y las verificaciones son nuestros. Datos verificados al {checked}.',
    and: ' y ',
    about: 'Acerca de esta guía y sus fuentes',
    glossary: 'Glosario',
    handout: 'Material para imprimir',
  },
  chapterList: { meta: 'Capítulo {n} · {minutes} min de lectura' },
  chapterHeader: { kicker: 'Capítulo {n} de {total} · {minutes} min de lectura' },
  pagination: {
    label: 'Capítulos',
    previous: '← Anterior · Capítulo {n}',
    next: 'Siguiente · Capítulo {n} →',
    last: 'Siguiente →',
    about: 'Acerca de esta guía',
  },
  home: {
    lede: 'En un artículo de opinión fechado en {month}, dos académicos de universidades mexicanas, {authors}, se preguntaron hacia dónde debería ir América Latina: hacia lazos económicos más estrechos con Estados Unidos o hacia un camino propio y más independiente. Este sitio recorre su artículo, {title} [¿Integración con Estados Unidos o independencia latinoamericana?], argumento por argumento, y explica las organizaciones, los tratados y las fechas que el texto da por sabidos.',
    description:
      'Una guía, capítulo por capítulo, del artículo de Barkin y Betancourt de {year} sobre México, la CELAC, la OEA y la integración con Estados Unidos.',
    kicker: 'Una guía de lectura · {chapters} capítulos · unos {minutes} minutos',
    chapters: 'Capítulos',
    explore: 'Explorar la evidencia',
    timelineCard: 'Línea de tiempo, {span}',
    timelineCardText:
      'Los años en que se apoya el argumento, los hechos que los rodean y lo que vino después, cada fecha contrastada con sus fuentes.',
    mapCard: 'Quién pertenece a qué',
    mapCardText: 'La pertenencia a la CELAC y a la OEA de los {states} Estados independientes de las Américas, a lo largo del tiempo.',
    glossaryCard: 'Glosario',
    glossaryCardText: 'CELAC, OEA, T-MEC, ALCA y las demás siglas, en palabras sencillas.',
  },
  notFound: {
    title: 'Página no encontrada',
    description: 'Esta dirección no corresponde a ninguna página de la guía. Aquí está, en cambio, la lista de capítulos.',
    heading: 'Esta página no existe',
    text: 'Puede que el enlace tenga un error o que la página se haya movido. Abajo están todos los capítulos de la guía; también puede abrir la {timeline}, el {map} o la {home}.',
    timeline: 'línea de tiempo',
    map: 'mapa de membresías',
    home: 'página de inicio',
  },
  glossary: {
    title: 'Glosario',
    description:
      'Definiciones sencillas de la CELAC, la OEA, el T-MEC, el TLCAN, el ALCA, la Iniciativa Mérida y otros términos que usa la guía.',
    intro:
      'Las siglas y los nombres que el artículo da por sabidos. En cada capítulo, la primera vez que aparece un término está subrayada con puntos: pase el cursor, enfóquelo o tóquelo para ver la versión breve, o siga el enlace hasta aquí.',
    also: 'También: {names}.',
  },
  timelinePage: {
    title: 'Línea de tiempo, {span}',
    description:
      'Los hechos fechados detrás del argumento del artículo y lo que pasó después, con fuentes, verificaciones y los capítulos que tratan cada uno.',
    intro:
      'Barkin y Betancourt construyen su argumento sobre unos pocos años: {years}. Aquí están los hechos fechados en torno a cada uno, con sus fuentes, los puntos donde los registros difieren del artículo y los capítulos que los tratan. Un tramo sombreado al final sigue lo que pasó después de la fecha del artículo, el {date}. Cada hecho tiene su propia dirección, así que puede compartir un enlace que lo abra.',
  },
  eventPage: {
    timeline: 'Línea de tiempo',
    position: '· hecho {n} de {total}',
    neighbours: 'Hechos cercanos',
    earlier: '← Antes · {date}',
    later: 'Después · {date} →',
  },
  mapPage: {
    title: 'Quién pertenece a qué: la CELAC y la OEA',
    description:
      'Cuáles de los {states} Estados independientes de las Américas pertenecen a la CELAC, a la OEA o a ambas, y cómo cambió eso desde {since}.',
    heading: 'Quién pertenece a qué',
    counts:
      'La CELAC tiene {celac} miembros. {ratified} Estados han ratificado la Carta de la OEA, entre ellos Estados Unidos y Canadá; al {checked}, {takingPart} de ellos participan plenamente, y {notTakingPart} no.',
    scripted:
      'Elija una fecha para ver la situación de cada Estado en las dos organizaciones, desde la fundación de la OEA en {since} hasta el día en que se verificaron los datos por última vez.',
    still: 'El mapa muestra la situación de cada Estado en las dos organizaciones el {date}, el día en que se publicó el artículo.',
    tableNote: 'La tabla bajo el mapa da lo mismo, y {histories}, al final de esta página, registra cada cambio con su fuente.',
    historiesLink: 'la historia de cada Estado',
    histories: 'La historia de cada Estado',
    historiesIntro:
      'Cada cambio en la situación de cada Estado en la CELAC y la OEA desde {since}, del más antiguo al más reciente, con la fuente pública en que se basa.',
  },
  handout: {
    title: 'Material para imprimir: la guía completa',
    description:
      'Todos los capítulos de la guía en una sola página para imprimir, con preguntas para la discusión, notas y fuentes, la línea de tiempo y la tabla de membresías.',
    kicker: 'Material para imprimir · {chapters} capítulos',
    credit:
      'Una guía del artículo de opinión {title} de {authors}, fechado el {date}. El argumento es de los autores; las explicaciones, los recuadros de contexto y las verificaciones los añadió este sitio.',
    online: 'En línea, con la línea de tiempo y el mapa interactivos: {link}',
    hint: 'Hecho para imprimir (A4 o carta): cada capítulo empieza en una página nueva.',
    contents: 'Contenido',
    timeline: 'Línea de tiempo, {span}',
    timelineOnline: 'En línea, con un enlace propio para cada hecho: {link}',
    membership: 'Quién pertenece a qué',
    membershipOnline: 'En línea, como mapa: {link}',
    chapterKicker: 'Capítulo {n} de {total}',
    chapterOnline: 'En línea: {link}',
    chapterOf: 'capítulo {n}',
  },
  about: {
    original: '{title} [¿Integración con Estados Unidos o independencia latinoamericana?], artículo de opinión fechado el {date}, de:',
    title: 'Acerca de esta guía',
    description:
      'Quién escribió el artículo que explica este sitio, cómo se hizo la guía, cómo se verificaron sus datos y de dónde vienen sus fuentes.',
    words: '{words} palabras',
  },
} as const satisfies Dictionary['site'];
