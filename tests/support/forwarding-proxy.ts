// A reverse proxy as a deployment puts one in front of the app (nginx's
// defaults plus the usual headers): the app sees its own address as Host and
// learns the public one only from X-Forwarded-Host/-Proto, the client from
// X-Forwarded-For; each request gets an X-Request-Id. The end-to-end tests
// reach a TRUST_PROXY=1 server through it (playwright.config.ts):
//
//   tsx tests/support/forwarding-proxy.ts <listen port> <app port>
import { randomUUID } from "node:crypto";
import http from "node:http";

export function startForwardingProxy(listenPort: number, target: { host: string; port: number }) {
  const server = http.createServer((incoming, outgoing) => {
    const headers = { ...incoming.headers };
    headers.host = `${target.host}:${target.port}`;
    headers["x-forwarded-host"] = incoming.headers.host ?? "";
    headers["x-forwarded-proto"] = "http";
    headers["x-forwarded-for"] = incoming.socket.remoteAddress ?? "";
    headers["x-request-id"] = randomUUID();
    const upstream = http.request(
      { host: target.host, port: target.port, method: incoming.method, path: incoming.url, headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(upstream);
  });
  return new Promise<http.Server>((resolve) => server.listen(listenPort, "127.0.0.1", () => resolve(server)));
}

if (process.argv[1]?.endsWith("forwarding-proxy.ts")) {
  const [listen, app] = process.argv.slice(2).map(Number);
  if (!listen || !app) throw new Error("usage: forwarding-proxy.ts <listen port> <app port>");
  const server = await startForwardingProxy(listen, { host: "127.0.0.1", port: app });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on("SIGTERM", stop).on("SIGINT", stop);
}
