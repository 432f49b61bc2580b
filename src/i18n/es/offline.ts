import type { Dictionary } from '../types';

/** Spanish (es-419) strings: see src/i18n/en/offline.ts for where each is used. */
export const offline = {
  appShortName: '¿CELAC u OEA?',
  heading: 'Copia sin conexión',
  save: 'Guardar para usar sin conexión',
  before:
    'Guarda en este dispositivo todas las páginas en los dos idiomas, con las diapositivas, el material impreso y las figuras, para una clase sin red: {size}.',
  sizeUnknown:
    'Guarda en este dispositivo todas las páginas en los dos idiomas, con las diapositivas, el material impreso y las figuras, para una clase sin red.',
  saving: 'Guardando: {done} de {total} archivos…',
  progressLabel: 'Guardando para usar sin conexión',
  readyLabel: 'Lista sin conexión',
  ready: 'Lista sin conexión: todas las páginas en los dos idiomas ({size}) ya se abren en este dispositivo sin red.',
  failed:
    'El guardado se detuvo antes de terminar (quizá se cortó la conexión). No queda nada a medias: vuelva a intentarlo cuando tenga conexión.',
  retry: 'Intentar de nuevo',
  remove: 'Borrar la copia sin conexión',
  removed: 'La copia sin conexión se borró de este dispositivo.',
  updateAvailable: 'Hay una versión más reciente de esta guía.',
  updateReload: 'Recargar con la versión nueva',
  updateLater: 'Más tarde',
  updatedElsewhere: 'Esta guía se actualizó en otra pestaña. Recargue esta página para seguir con la versión nueva.',
  reload: 'Recargar',
} as const satisfies Dictionary['offline'];
