/** The first hop of X-Forwarded-For (Next.js sets it), else X-Real-IP: the address a limit counts against. */
export function clientAddressOf(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || null;
}
