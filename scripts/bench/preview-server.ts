import { createServer } from "node:net";
import { preview } from "vite";

export interface RunningPreview {
  url: string;
  close(): Promise<void>;
}

/** Asks the OS for a port nobody uses, so the bench never collides with another preview or dev server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Serves a production build (`outDir`, absolute) the way `npm run preview` does, with the project's config, on a free port. */
export async function startPreview(root: string, outDir: string): Promise<RunningPreview> {
  const port = await freePort();
  const server = await preview({
    root,
    logLevel: "silent",
    build: { outDir },
    preview: { host: "127.0.0.1", port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
