export function serveStatic(root: string): Promise<{ base: string; close: () => Promise<void> }>;
export function chromiumLaunchOptions(): { executablePath: string; args: string[] };
export const contentTypes: Record<string, string>;
