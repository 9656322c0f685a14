package dev.shelfwise.matrix.events;

/** How a test reaches {@link DatabaseProxy} across class loaders: through the platform MBean server. */
public interface DatabaseProxyMBean {

    /** Cuts the database off (true: open connections closed, new ones refused) or restores it (false). */
    void cut(boolean cut);
}
