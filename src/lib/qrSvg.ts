import QRCode from 'qrcode';

/**
 * A QR code as inline SVG, made at build time so the browser needs no QR library and makes
 * no request. Medium error correction survives a projector's glare and a low-end camera.
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" `);
}
