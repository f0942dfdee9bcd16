import * as z from 'zod/mini';
import { method } from './define';

export interface AppInfo {
  version: string;
  dbPath: string;
  schemaVersion: number;
}

export const appMethods = {
  'app.info': method<AppInfo>()(z.object({})),
};
