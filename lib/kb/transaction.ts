import type { Prisma } from "@/lib/generated/prisma/client";

/** The client inside `$transaction(async (tx) => …)`; write helpers take it so
 * that one import is one transaction. */
export type Tx = Prisma.TransactionClient;
