import { NextResponse, type NextRequest } from "next/server";

/** A path whose percent-encoding is not valid UTF-8 (say /speakers/%ED%A0%80)
 * makes Next.js fail with a 500 while decoding the route parameters, before
 * any page code runs. Such a path cannot name anything: answer 400 here. */
export function proxy(request: NextRequest): NextResponse | undefined {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
    return undefined;
  } catch {
    const message = "The address is not valid: its percent-encoding does not decode to UTF-8 text.";
    if (pathname.startsWith("/api/"))
      return NextResponse.json({ error: { code: "invalid_request", message } }, { status: 400 });
    return new NextResponse(`400 Bad Request\n\n${message}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}

export const config = {
  matcher: [
    "/api/:path*",
    "/speakers/:path+",
    "/claims/:path+",
    "/quotes/:path+",
    "/articles/:path+",
    "/topics/:path+",
  ],
};
