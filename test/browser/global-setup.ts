// Jest's global set-up: Chromium unpacked once, before two workers could each start unpacking it at once.
import { chromiumPath } from './support';

export default async function globalSetup(): Promise<void> {
  await chromiumPath();
}
