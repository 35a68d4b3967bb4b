/** Metrics and learned weights are printed and written with a few decimals: more is noise, and files diff better. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
