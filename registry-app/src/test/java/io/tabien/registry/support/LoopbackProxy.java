package io.tabien.registry.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser's only way to the registry in the offline tests: an HTTP proxy on the loopback interface that relays
 * every connection to the registry's port as it is (the registry reads a request sent to a proxy, with its full URL, as
 * any other). Shutting it cuts the browser off the way a lost connection would, service worker included, which the
 * browser's own offline switch does not reach; opening it again on the same port restores the connection.
 */
public final class LoopbackProxy implements AutoCloseable {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final int target;
    private final int port;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private ServerSocket server;

    private LoopbackProxy(int target, ServerSocket server) {
        this.target = target;
        this.server = server;
        this.port = server.getLocalPort();
        accept(server);
    }

    /** A proxy, open, that relays to the given port on the loopback interface. */
    public static LoopbackProxy to(int target) {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(LOOPBACK, 0));
            return new LoopbackProxy(target, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Cuts every connection and refuses new ones. */
    public synchronized void down() {
        if (server == null) {
            return;
        }
        close(server);
        server = null;
        connections.forEach(LoopbackProxy::close);
        connections.clear();
    }

    /** Accepts connections again, on the same port. */
    public synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket reopened = new ServerSocket();
            reopened.setReuseAddress(true);
            reopened.bind(new InetSocketAddress(LOOPBACK, port));
            server = reopened;
            accept(reopened);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket listening) {
        daemon("loopback-proxy-" + port, () -> {
            while (!listening.isClosed()) {
                try {
                    Socket browser = listening.accept();
                    if (!kept(browser, listening)) {
                        return;
                    }
                    Socket registry = new Socket(LOOPBACK, target);
                    if (!kept(registry, listening)) {
                        close(browser);
                        return;
                    }
                    relay(browser, registry);
                    relay(registry, browser);
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    /**
     * Keeps a connection for {@link #down()} to cut, unless the proxy was shut since it was accepted: a connection
     * accepted just before would otherwise be missed by the cut and stay open, and the browser would go on using it.
     */
    private synchronized boolean kept(Socket connection, ServerSocket acceptedBy) {
        if (server != acceptedBy) {
            close(connection);
            return false;
        }
        connections.add(connection);
        return true;
    }

    private void relay(Socket from, Socket to) {
        daemon("loopback-proxy-relay", () -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException cut) {
                // the other side or down() closed the connection
            } finally {
                close(from);
                close(to);
                connections.remove(from);
                connections.remove(to);
            }
        });
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        down();
    }
}
