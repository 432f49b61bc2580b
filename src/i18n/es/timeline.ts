import type { Dictionary } from '../types';

/**
 * Spanish (es-419) strings: the timeline section (see src/i18n/en/timeline.ts for who reads
 * which part). An event is a "hecho", as the chapters call them; the op-ed is "el artículo".
 */
export const timeline = {
  figure: {
    caption: 'Línea de tiempo, {years}',
    pair: '{first} y {second}',
    span: 'de {first} a {last}',
    listbox: 'Hechos, {span}',
  },
  axis: {
    yearsOne: '1 año',
    yearsMany: '{n} años',
    yearsOneLater: '1 año después',
    yearsManyLater: '{n} años después',
    afterOpEd: 'Después del artículo',
  },
  legend: {
    broken:
      'Cada tramo de la línea tiene su propia escala; la franja de arriba muestra dónde cae en el tiempo real, y un corte (≈) marca los años que se omiten.',
    toScale: 'La línea está a escala; la franja de arriba muestra dónde cae dentro de {span}.',
    after: 'El tramo sombreado reúne los hechos posteriores a la fecha del artículo.',
    marks:
      'Los círculos rellenos son el hecho principal de cada año; un puntito dorado señala una verificación. Un círculo sin título en la gráfica lo muestra cuando lo señalan con el puntero o llegan a él.',
    keysOneYear: 'Elija un hecho, o use las flechas, Inicio y Fin.',
    keysYears: 'Elija un hecho, o use las flechas, Inicio y Fin; Re Pág y Av Pág saltan un año.',
  },
  list: {
    afterOpEd: 'Después del artículo',
    afterOpEdIntro:
      'Hechos posteriores al {date}, la fecha del artículo. Los autores no podían conocerlos; muestran hacia dónde siguió cada hilo de su argumento.',
    yearAfter: '{year}, después del artículo',
  },
  handout: {
    what: 'Línea de tiempo',
    whatYears: 'Línea de tiempo, {years}',
    pointer: '{what}: consulten {link} al final de este material.',
    link: 'la línea de tiempo',
  },
  island: {
    realTime: 'Tiempo real, {span}',
    afterOpEd: 'Después del artículo',
    factCheckNote: ' (con verificación)',
    announcement: '{date}: {title}. {summary}',
    mainEventOf: ' · hecho principal de {year}',
    factCheck: 'Verificación',
    source: 'Fuente',
    sources: 'Fuentes',
    inThisExplainer: 'En este sitio',
    discussedHere: 'Se analiza en este capítulo ({number}, {title})',
    readInChapter: 'Leer en el capítulo {number}: {title}',
    onFullTimeline: 'Verlo en la línea de tiempo completa',
    eventPage: 'Una página para este hecho, para compartir',
    onEventPage: 'Fuentes y notas en la página del hecho',
    backToChart: 'Volver a la línea de tiempo',
    neighbours: 'Hechos cercanos',
    previous: '← Hecho anterior',
    next: 'Hecho siguiente →',
    position: 'Hecho {n} de {total}',
    waiting: 'Dibujando el gráfico…',
    waitingList: 'Leer los hechos como lista',
  },
} as const satisfies Dictionary['timeline'];
