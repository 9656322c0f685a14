package dev.shelfwise.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Creates (or, with {@code --drop}, drops) one database per service on a PostgreSQL server, embedded or external.
 * Usage: {@code DatabaseSetup --url jdbc:postgresql://host:port/ --user U --password P --databases a,b [--drop]}
 */
public final class DatabaseSetup {
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private DatabaseSetup() {
    }

    public static void main(String[] argv) throws SQLException {
        Args args = Args.parse(argv);
        String url = args.required("url");
        List<String> databases = args.list("databases");
        if (args.flag("drop")) {
            drop(url, args.get("user", "postgres"), args.get("password", ""), databases);
        } else {
            create(url, args.get("user", "postgres"), args.get("password", ""), databases);
        }
    }

    static void create(String serverUrl, String user, String password, List<String> databases) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", user, password)) {
            for (String database : databases) {
                if (!exists(connection, checked(database))) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE " + database);
                    }
                    System.out.println("created database " + database);
                }
            }
        }
    }

    static void drop(String serverUrl, String user, String password, List<String> databases) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", user, password);
             Statement statement = connection.createStatement()) {
            for (String database : databases) {
                statement.execute("DROP DATABASE IF EXISTS " + checked(database) + " WITH (FORCE)");
                System.out.println("dropped database " + database);
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    // names are spliced into DDL (no bind parameters there), so only plain identifiers pass
    private static String checked(String database) {
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        return database;
    }
}
