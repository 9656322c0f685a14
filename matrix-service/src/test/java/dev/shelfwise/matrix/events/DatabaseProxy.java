package dev.shelfwise.matrix.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * A TCP relay between the service and the shared test PostgreSQL that a test can cut: open connections are closed
 * and new ones refused, as when the database goes away, until it is restored. Started once per JVM by the test
 * profile (before the application boots); the test reaches it through the platform MBean server, because the
 * profile and the test live in different class loaders.
 */
final class DatabaseProxy implements DatabaseProxyMBean {
    private static final String PORT = "shelfwise.test.database-proxy-port";
    private static final String NAME = "dev.shelfwise.matrix.test:type=DatabaseProxy";
    private static final int BUFFER = 16 * 1024;
    private static final int BACKLOG = 50;

    private final ServerSocket server;
    private final InetSocketAddress database;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private DatabaseProxy(InetSocketAddress database) throws IOException {
        this.database = database;
        this.server = new ServerSocket(0, BACKLOG, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "database-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts the relay to the database of {@code jdbcServerUrl} (once per JVM); its port. */
    static synchronized int start(String jdbcServerUrl) {
        if (System.getProperty(PORT) == null) {
            URI server = URI.create(jdbcServerUrl.substring("jdbc:".length()));
            try {
                DatabaseProxy proxy = new DatabaseProxy(new InetSocketAddress(server.getHost(), server.getPort()));
                ManagementFactory.getPlatformMBeanServer().registerMBean(new StandardMBean(proxy, DatabaseProxyMBean.class),
                        new ObjectName(NAME));
                System.setProperty(PORT, Integer.toString(proxy.server.getLocalPort()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JMException e) {
                throw new IllegalStateException("cannot register the database proxy", e);
            }
        }
        return Integer.parseInt(System.getProperty(PORT));
    }

    /** Cuts the database off (true) or restores it (false), from any class loader. */
    static void cutOff(boolean cut) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(NAME), "cut", new Object[] {cut},
                    new String[] {boolean.class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("the database proxy was not started by the test profile", e);
        }
    }

    @Override
    public void cut(boolean cut) {
        this.cut = cut;
        if (cut) {
            open.forEach(DatabaseProxy::close);
            open.clear();
        }
    }

    private void accept() {
        while (true) {
            try {
                Socket client = server.accept();
                if (cut) {
                    close(client);
                    continue;
                }
                Socket upstream = new Socket(database.getAddress(), database.getPort());
                open.add(client);
                open.add(upstream);
                relay(client, upstream);
                relay(upstream, client);
            } catch (IOException e) {
                // the database itself refused: the client's connection attempt fails, as it would directly
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[BUFFER];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // cut, or closed by one side
            } finally {
                close(from);
                close(to);
                open.remove(from);
                open.remove(to);
            }
        }, "database-proxy-relay");
        pump.setDaemon(true);
        pump.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
