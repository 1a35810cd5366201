import net from "node:net";

/** A TCP port on 127.0.0.1 that nothing listens on right now (for tests and benchmarks). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Refuses early, with what to do, when the Bolt port is taken. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `neo4j-launcher: port ${port} on 127.0.0.1 is in use (${error.code}); ` +
            "stop the other Neo4j or set LOCAL_NEO4J_BOLT_PORT",
        ),
      ),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}
