/** The data downloads' .txt files: see _dataFiles.ts. */
import { dataRoute } from './_dataFiles';

export const { getStaticPaths, GET } = dataRoute('txt');
