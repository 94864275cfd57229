export function isLoopbackBind(host: string): boolean;
export function bindRefusal(host: string, env: Record<string, string | undefined>): string | null;
