"use client";

import { useRouter } from "next/navigation";
import type { ComponentProps, FormEvent } from "react";

/** A GET form whose URL leaves out empty fields, so a shared search link reads
 * `?topic=nato` rather than `?topic=nato&speaker=&kind=`. Without JavaScript it
 * is a plain GET form, which the pages parse just the same. */
export function GetForm({
  action,
  ...props
}: Omit<ComponentProps<"form">, "method" | "action" | "onSubmit"> & { action: string }) {
  const router = useRouter();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") params.append(name, value);
    }
    const query = params.toString();
    router.push(query ? `${action}?${query}` : action);
  }

  return <form {...props} action={action} method="get" onSubmit={submit} />;
}
