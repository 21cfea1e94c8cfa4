"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Timeline" },
  { href: "/claims", label: "Search" },
  { href: "/speakers", label: "Speakers" },
  { href: "/topics", label: "Topics" },
  { href: "/articles", label: "Articles" },
] as const;

/** Main navigation; the current section is marked for assistive technology
 * (aria-current) as well as visually. */
export function NavLinks() {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-x-1 gap-y-1">
      {LINKS.map((link) => {
        const isCurrent =
          link.href === "/" ? pathname === "/" : pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={isCurrent ? "page" : undefined}
              className={`block rounded px-3 py-2 text-sm font-medium ${isCurrent ? "bg-stone-900 text-white" : "text-stone-800 hover:bg-stone-200"}`}
            >
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
