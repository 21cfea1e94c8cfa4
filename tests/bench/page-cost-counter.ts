import net from "node:net";
import { connectionOptions } from "@/lib/database/connection-options";

export type QueryCounter = {
  /** The database's URL, through the counter. */
  databaseUrl: string;
  /** SQL statements sent since the last reset (BEGIN and COMMIT included). */
  statements(): number;
  reset(): void;
  /** Holds every message to the server this long, as a distant database would. */
  setLatency(milliseconds: number): void;
  close(): Promise<void>;
};

const SSL_REQUEST = 80_877_103;
const GSS_REQUEST = 80_877_104;

/** A TCP proxy in front of PostgreSQL that counts what passes: each simple
 * query ('Q') or extended-protocol execute ('E') is a statement. Counting on
 * the wire sees every client alike, Prisma in this process or `next start` in
 * another, without touching the code under test. */
export async function startQueryCounter(databaseUrl: string): Promise<QueryCounter> {
  const target = connectionOptions(databaseUrl);
  let statements = 0;
  let latency = 0;
  const sockets = new Set<net.Socket>();

  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    // Small writes must go out at once, or Nagle's algorithm adds tens of milliseconds.
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    const fromClient = frameReader((type) => {
      if (type === "Q" || type === "E") statements += 1;
    });
    client.on("data", (chunk: Buffer) => {
      fromClient(chunk);
      // Timers of one duration fire in the order they were set, so order holds.
      if (latency > 0) setTimeout(() => upstream.write(chunk), latency);
      else upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;

  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    databaseUrl: url.toString(),
    statements: () => statements,
    reset: () => {
      statements = 0;
    },
    setLatency: (milliseconds) => {
      latency = milliseconds;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Splits what a client sends into protocol messages and reports each one's
 * type. Its first messages (startup, SSL request) carry no type byte, only a
 * length and a code. */
function frameReader(onMessage: (type: string | null) => void) {
  let buffer = Buffer.alloc(0);
  let isStarting = true;
  return (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerLength = isStarting ? 0 : 1;
      if (buffer.length < headerLength + 4) return;
      const length = buffer.readInt32BE(headerLength);
      if (buffer.length < headerLength + length) return;
      if (isStarting) {
        const code = buffer.readInt32BE(4);
        onMessage(null);
        // After an SSL or GSS request (which the server declines) comes the startup.
        if (code !== SSL_REQUEST && code !== GSS_REQUEST) isStarting = false;
      } else {
        onMessage(String.fromCharCode(buffer[0] ?? 0));
      }
      buffer = buffer.subarray(headerLength + length);
    }
  };
}
