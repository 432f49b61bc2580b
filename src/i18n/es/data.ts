import type { Dictionary } from '../types';

/**
 * Spanish (es-419) strings: see src/i18n/en/data.ts for where each is used. The column names
 * stay as they are (they are the files' keys); everything a reader reads is in Spanish.
 */
export const data = {
  block: {
    heading: 'Descargar los datos',
    intro:
      'Los datos de esta figura, en archivos para una hoja de cálculo o un programa, con una fuente para cada fila. Pueden reutilizarse libremente con la licencia {licence}.',
    compactLabel: 'Datos:',
    link: '{format}, {size}',
    readme: 'Qué significa cada columna y cómo citar ({size})',
    fileOf: '{name}: ',
  },
  formats: { csv: 'CSV', json: 'JSON' },
  datasets: {
    membership: {
      name: 'Historial de membresía',
      title: 'Membresía en la CELAC y la OEA de los {states} Estados independientes de las Américas, {since}–{year}',
      description:
        'Una fila por cada cambio fechado en la situación de un Estado en la CELAC o en la OEA, con la página que lo respalda: {rows} cambios de {states} Estados.',
    },
    events: {
      name: 'Eventos de la línea de tiempo',
      title: 'Línea de tiempo de las fechas detrás del artículo de opinión, {span}',
      description: 'Una fila por cada evento de la línea de tiempo, con los capítulos que lo tratan y sus fuentes: {rows} eventos.',
    },
  },
  columns: {
    membership: {
      iso3: 'El código ISO 3166-1 alfa-3 del Estado (ARG, BOL, …).',
      state: 'El nombre corto del Estado, en español.',
      organisation: 'El organismo: celac u oas.',
      organisation_name: 'El nombre corto del organismo: CELAC u OEA.',
      date_from: 'Cuándo empezó esa situación: AAAA-MM-DD, o AAAA cuando solo se conoce el año.',
      date_to: 'Cuándo la reemplazó el cambio siguiente, en la misma forma; vacío mientras sigue vigente.',
      status: 'La situación, como código (los valores se explican más abajo).',
      status_label: 'La situación, en palabras.',
      note: 'Qué ocurrió, en palabras de este sitio; vacío cuando no hay nada que agregar.',
      source_title: 'La página pública que respalda el cambio: su título y su sitio.',
      source_url: 'La dirección de esa página.',
      checked: 'El día (AAAA-MM-DD) en que se verificó por última vez la situación de este Estado en sus fuentes.',
    },
    events: {
      id: 'El nombre fijo del evento: su dirección en la línea de tiempo termina con él.',
      date: 'Cuándo ocurrió: AAAA-MM-DD, AAAA-MM o AAAA, con la precisión que permiten las fuentes.',
      date_precision: 'La precisión de la fecha: day (día), month (mes) o year (año).',
      until: 'Para los eventos que duraron, su último día (en la misma forma que date); si no, vacío.',
      anchor_year: 'El año clave del artículo de opinión al que pertenece el evento.',
      main_event: 'true para el evento principal de su año clave (hay uno por año); si no, false.',
      title: 'Un titular breve.',
      summary: 'Una o dos oraciones, en palabras de este sitio.',
      note: 'Más contexto, cuando lo hay; si no, vacío.',
      fact_check: 'Dónde el relato del artículo de opinión difiere de los registros, o qué no pudo verificarse; si no, vacío.',
      chapters: 'Los capítulos de la guía que tratan el evento, por el nombre que llevan en su dirección.',
      chapter_urls: 'La dirección de la parte de cada capítulo que lo trata, en el mismo orden.',
      page_url: 'La página propia del evento en la línea de tiempo.',
      source_titles: 'Las fuentes públicas de los datos del evento: el título y el sitio de cada una.',
      source_urls: 'Sus direcciones, en el mismo orden que los títulos.',
    },
  },
  values: {
    organisation: {
      celac: 'CELAC (Comunidad de Estados Latinoamericanos y Caribeños)',
      oas: 'OEA (Organización de los Estados Americanos; el código oas viene de su sigla en inglés)',
    },
    precision: { day: 'se conoce el día', month: 'solo se conoce el mes', year: 'solo se conoce el año' },
  },
  readme: {
    title: '{site}: los datos detrás del mapa y la línea de tiempo',
    intro:
      'Estos archivos contienen los datos que muestran el mapa y la línea de tiempo de {site}, un dato por fila, cada uno con su fuente pública. Se generan a partir del contenido del sitio cada vez que el sitio se publica, así que siempre coinciden con sus páginas.',
    notOpEd:
      'El texto del artículo de opinión no forma parte de los datos. Los títulos, resúmenes y notas están escritos con palabras de este sitio, y los hechos son de dominio público.',
    filesHeading: 'Archivos',
    file: '{file}: {description}',
    formatHeading: 'Cómo están escritos los archivos',
    csv: 'Archivos CSV: UTF-8 con marca de orden de bytes (para que Excel muestre bien los nombres con acentos), separados por comas, con una fila de encabezados y los campos entre comillas dobles cuando las necesitan (RFC 4180).',
    json: 'Archivos JSON: UTF-8; un objeto con "meta" (título, descripción, columnas, fecha de la última verificación, licencia, cómo citar y la página de la que vienen los datos) y "records", un objeto por fila con los mismos nombres que las columnas del CSV.',
    multiple:
      'Un campo con varios valores (los capítulos y las fuentes de un evento) los separa con “ | ” en el CSV y es una lista en el JSON; la primera dirección corresponde al primer título, y así sucesivamente.',
    empty: 'Un campo vacío en el CSV (null en el JSON) significa que no hay nada que decir: no hay nota o no hubo un cambio posterior.',
    dates: 'Las fechas siguen la norma ISO 8601: AAAA-MM-DD, o menos partes cuando solo se conoce el mes o el año.',
    columnsHeading: 'Columnas de {file}',
    valuesHeading: 'Valores de {column}',
    value: '{code}: {label}',
    checkedHeading: 'Última verificación',
    checked:
      'La situación de cada Estado se verificó por última vez en sus fuentes el {membership}; los datos de la línea de tiempo, el {events}.',
    licenceHeading: 'Licencia',
    licence:
      'Los datos y estas notas se publican con la licencia {licence} ({url}): pueden copiarlos, modificarlos y compartirlos, incluso con fines comerciales, siempre que citen la fuente. Los hechos en sí son de dominio público.',
    citeHeading: 'Cómo citar',
    cite: 'Citen cada archivo con la página de la que viene, por ejemplo:',
  },
  citation: '“{title}”, conjunto de datos de {site} (última verificación: {date}). {url}. Licencia: {licence}.',
} as const satisfies Dictionary['data'];
