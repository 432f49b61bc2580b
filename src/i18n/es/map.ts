import type { Dictionary } from '../types';

/**
 * Spanish (es-419) strings: the membership map (see src/i18n/en/map.ts for where each is used).
 * “Estado” with a capital when it means a country, as the OEA writes it; statuses in the
 * masculine, agreeing with “Estado” or “miembro”.
 */
export const map = {
  caption: '¿Quién pertenece a qué? La CELAC ({celac} miembros) y la OEA ({oasRatified} Estados ratificaron su Carta), Estado por Estado',
  organisations: { celac: 'CELAC', oas: 'OEA' },
  categories: {
    both: 'En la CELAC y en la OEA',
    'celac-only': 'En la CELAC, sin participar en la OEA',
    'oas-only': 'En la OEA, sin participar en la CELAC',
    irregular: 'Suspendido, excluido, en salida o en disputa',
    none: 'En ninguno de los dos organismos',
  },
  statuses: {
    'founding-member': 'Miembro fundador',
    member: 'Miembro',
    suspended: 'Suspendido',
    excluded: 'Excluido de participar',
    'not-participating': 'No participa',
    'withdrawal-notified': 'En salida (aviso presentado)',
    withdrawn: 'Retirado',
    disputed: 'En disputa',
    none: 'No es miembro',
  },
  date: {
    showing: 'El mapa muestra el {date}',
    slider: 'Fecha que muestra el mapa',
    play: 'Reproducir',
    pause: 'Pausa',
    article: '{date}, fecha del artículo',
    checked: '{date}, última verificación de los datos',
    tick: '{day}\n{year}',
    shortYear: '’{yy}',
  },
  hint: 'Entre al mapa con la tecla Tab, pase de un Estado a otro con las flechas y pulse Enter para ver el historial de cada uno.',
  panels: {
    overviewTitle: 'Las Américas',
    overviewLabel: 'Mapa de las Américas: pertenencia a la CELAC y a la OEA el {date}',
    insetTitle: 'Ampliación: Centroamérica, el Caribe y las Guayanas',
    insetLabel: 'Mapa ampliado de Centroamérica, el Caribe y las Guayanas el {date}',
    enlarged: 'Ampliado',
    callout: 'Caribe oriental',
    compactKey: 'Caribe oriental, enmarcado en el mapa',
  },
  legend: {
    title: 'Estados al {date}',
    units: { one: 'Estado', other: 'Estados' },
    territory: 'Territorio, no es Estado de ninguno de los dos',
    more: 'Territorios y fuentes',
    territories: 'Dibujados como territorios: {list}.',
    territoryItem: '{name} ({note})',
    checked: 'La situación de cada Estado se verificó por última vez con sus fuentes el {date}; el historial de cada Estado las cita.',
  },
  tooltip: { hint: 'Haga clic, toque o pulse Enter para ver su historial' },
  table: {
    caption: 'Pertenencia a la CELAC y a la OEA de los {count} Estados independientes de las Américas al {date}',
    state: 'Estado',
    category: 'En el mapa',
    fold: 'Los {count} Estados, en una tabla',
  },
  details: {
    label: 'Historial del Estado',
    hint: 'Elija un Estado en el mapa, o su nombre en la tabla, para ver su historial en la CELAC y la OEA, con una fuente para cada cambio.',
    summary: '{category} el {date}.',
    inForce: 'vigente en la fecha que muestra el mapa',
    source: 'Fuente:',
    never: {
      celac: 'Nunca fue miembro: la CELAC reúne a los Estados de América Latina y el Caribe y deja fuera a Estados Unidos y Canadá.',
      oas: 'Nunca fue miembro.',
    },
  },
  announce: {
    state: '{name}: {category} el {date}. {standing}',
    standing: 'CELAC: {celac}. OEA: {oas}.',
    date: 'El mapa muestra el {date}: {counts}.',
    count: '{count} {category}',
  },
  handout: {
    ref: 'Pertenencia a la CELAC y a la OEA: consulten {link} al final de este material.',
    link: 'quién pertenece a qué',
  },
} as const satisfies Dictionary['map'];
