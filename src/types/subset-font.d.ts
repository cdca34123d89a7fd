/** The part of subset-font 2.x (HarfBuzz's subsetter compiled to WebAssembly) that the build uses. */
declare module 'subset-font' {
  interface SubsetOptions {
    /** Output format; defaults to the input's. */
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** OpenType layout features to keep; all when omitted. */
    keepFeatures?: string[];
    /** Name table records to keep besides the default ones (e.g. 0 copyright, 13 licence). */
    preserveNameIds?: number[];
    /** Drop hinting instructions. */
    noHinting?: boolean;
  }
  /** A font with only the glyphs needed for `text` (layout closure included). */
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}
