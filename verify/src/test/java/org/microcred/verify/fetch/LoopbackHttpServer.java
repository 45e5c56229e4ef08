package org.microcred.verify.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 for tests (one request per connection, then close).
 * Written here rather than using {@code com.sun.net.httpserver}, which the named test module
 * cannot read without extra compiler flags.
 */
final class LoopbackHttpServer implements AutoCloseable {

    /** A request as the handler sees it. */
    record Request(String method, String path, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** What to send back. */
    interface Exchange {
        /** Sends a response; {@code contentLength} false streams the body and closes (no Content-Length). */
        void respond(int status, Map<String, String> headers, byte[] body, boolean contentLength) throws IOException;
    }

    @FunctionalInterface
    interface Handler {
        void handle(Request request, Exchange exchange) throws IOException;
    }

    private final ServerSocket socket;
    private final ExecutorService executor;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();

    LoopbackHttpServer() throws IOException {
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-http");
            t.setDaemon(true);
            return t;
        });
        executor.execute(this::acceptLoop);
    }

    int port() {
        return socket.getLocalPort();
    }

    void route(String path, Handler handler) {
        routes.put(path, handler);
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                executor.execute(() -> serve(connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            connection.setSoTimeout(10_000);
            InputStream in = new BufferedInputStream(connection.getInputStream());
            String requestLine = readLine(in);
            if (requestLine == null || requestLine.isEmpty()) {
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                }
            }
            String[] parts = requestLine.split(" ");
            String target = parts.length > 1 ? parts[1] : "/";
            int query = target.indexOf('?');
            String path = query < 0 ? target : target.substring(0, query);
            OutputStream out = connection.getOutputStream();
            Exchange exchange = (status, responseHeaders, body, contentLength) -> {
                StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
                responseHeaders.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
                if (contentLength) {
                    head.append("Content-Length: ").append(body.length).append("\r\n");
                }
                head.append("Connection: close\r\n\r\n");
                out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            };
            Handler handler = routes.get(path);
            if (handler == null) {
                exchange.respond(404, Map.of(), new byte[0], true);
            } else {
                handler.handle(new Request(parts[0], path, headers), exchange);
            }
        } catch (IOException ignored) {
            // the client may close the connection early (size cap, timeout)
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                line.write(c);
            }
            if (line.size() > 16_384) {
                throw new IOException("header line too long");
            }
        }
        if (c == -1 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 307 -> "Temporary Redirect";
            case 404 -> "Not Found";
            case 410 -> "Gone";
            default -> "Status";
        };
    }

    @Override
    public void close() throws IOException {
        socket.close();
        executor.shutdownNow();
    }
}
