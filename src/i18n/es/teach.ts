import type { Dictionary } from '../types';

/** Spanish (es-419) strings: see src/i18n/en/teach.ts for where each is used. */
export const teach = {
  title: 'Para docentes',
  description:
    'Una clase por cada capítulo: resumen, objetivos de aprendizaje, preguntas para el grupo, una actividad de 10 a 15 minutos con la línea de tiempo o el mapa, y enlaces para proyectarla, imprimirla o insertarla.',
  kicker: 'Para docentes · {chapters} clases',
  audience:
    'Estas clases están pensadas para docentes de historia, formación cívica, geografía o lengua que trabajan con estudiantes de 16 a 19 años. Cada capítulo da para una clase, y las clases pueden darse en orden o por separado.',
  duration:
    'Cada clase cabe en una sesión de unos 50 minutos: el grupo lee el capítulo (de {min} a {max} minutos de lectura, antes o durante la clase), usted conduce la actividad (de 10 a 15 minutos) y el grupo comenta las preguntas del capítulo.',
  neutrality:
    'El artículo defiende una postura. Los capítulos distinguen el argumento de los autores, las palabras del propio López Obrador y el registro público, y las actividades piden al grupo sopesar las pruebas, no adoptar una opinión.',
  contents: 'Contenido',
  chapterKicker: 'Capítulo {n} · {minutes} minutos de lectura',
  summary: 'Resumen',
  goals: 'Objetivos de aprendizaje',
  goalsLead: 'Al terminar, las y los estudiantes pueden:',
  questions: 'Preguntas para el grupo',
  activity: 'Actividad: {title}',
  activityTotal: '{minutes} minutos en total',
  stepMinutes: '{minutes} min',
  open: 'Abrir:',
  mapOn: 'el mapa el {date}',
  links: 'Enlaces para esta clase',
  present: 'Proyectar el capítulo',
  presentHint: 'Abre el capítulo como diapositivas para el proyector (pulse Esc para salir).',
  handout: 'El capítulo en el material para imprimir',
  chapterPage: 'Leer el capítulo',
  qrCaption: 'Las y los estudiantes lo escanean para abrir el capítulo en su celular.',
  qrAlt: 'Código QR con la dirección del capítulo, {url}',
  embed: 'Código para insertar: {figure}',
  embedHint: 'Péguelo en una página de curso (Moodle, Google Classroom, un blog) para mostrar {figure} tal como lo abre la actividad.',
  copyEmbed: 'Copiar el código para insertar',
  embedFigure: { map: 'el mapa de membresía', timeline: 'la línea de tiempo' },
  embedTitle: { map: 'Mapa: quién pertenece a la CELAC y a la OEA', timeline: 'Línea de tiempo: la CELAC, la OEA y el artículo' },
  offline: {
    heading: 'Usar el sitio sin conexión',
    intro:
      'La red de la escuela puede fallar. Antes de la clase, mientras todavía tenga conexión, abra el sitio en la computadora que usará en el aula y pulse “{button}” al pie de cualquier página. Se descargan los dos idiomas, español e inglés.',
    ready:
      'Cuando aparezca “{ready}”, todas las páginas, el modo de proyección y el material para imprimir funcionan sin red en ese dispositivo y en ese navegador. Cuando el sitio se actualice, su siguiente visita con conexión descargará la versión nueva en segundo plano y dirá “{update}”; nada cambia hasta que usted recargue con ella, así que una clase nunca cambia a la mitad.',
  },
  print: {
    heading: 'Imprimir',
    handout:
      'El {link} reúne todos los capítulos en una sola página, con sus preguntas, notas y fuentes, y termina con la línea de tiempo completa y la tabla de membresía. Cada capítulo empieza en una hoja nueva, en papel carta o A4.',
    handoutLink: 'material para imprimir',
    chapter:
      'Cualquier capítulo, y también esta página, puede imprimirse por separado con la orden Imprimir del navegador. Los enlaces se imprimen con su dirección.',
    figures:
      'En papel, las figuras interactivas se convierten en lo que muestran: la línea de tiempo, en una lista fechada de sus acontecimientos, y el mapa, en una tabla con la membresía de cada Estado, así que nada depende de una pantalla.',
  },
  homeCard: 'Para docentes',
  homeCardText: 'Una clase por capítulo: objetivos, preguntas, una actividad de 10 a 15 minutos y enlaces para proyectarla.',
} as const satisfies Dictionary['teach'];
