import { withFigureState } from '../lib/figureState';
import type { EmbeddableFigure } from '../lib/urls';
import { onFigureStateChange } from './figureStateChanges';

/**
 * <figure-link data-figure="map" data-path="/map/">: the embed's link back to the figure's
 * full page, kept pointing at the state the reader left the figure in (the map's ?date=,
 * the timeline's #event). Without a script the link goes to the full page as it opens.
 */
class FigureLinkElement extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a');
    const figure = this.dataset['figure'] as EmbeddableFigure | undefined;
    const path = this.dataset['path'];
    if (!link || !figure || !path) return;
    const update = (): void => link.setAttribute('href', withFigureState(path, figure, location));
    update();
    onFigureStateChange(update);
    // Whatever changed the address without telling anyone, the link is right when it is used.
    link.addEventListener('pointerdown', update);
    link.addEventListener('focus', update);
  }
}

if (!customElements.get('figure-link')) customElements.define('figure-link', FigureLinkElement);
