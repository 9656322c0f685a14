package dev.shelfwise.matrix.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

import java.util.Collection;
import java.util.List;

/**
 * A native SQL statement with typed parameters. Upserts ({@code INSERT … ON CONFLICT}) and window aggregates are
 * PostgreSQL SQL; binding every parameter with its Java type keeps a null parameter typed, so PostgreSQL never has to
 * guess the type of a null.
 */
public final class NativeStatement {
    private final NativeQuery<?> query;

    private NativeStatement(NativeQuery<?> query) {
        this.query = query;
    }

    public static NativeStatement of(EntityManager entityManager, String sql) {
        return new NativeStatement(entityManager.createNativeQuery(sql).unwrap(NativeQuery.class));
    }

    public <T> NativeStatement bind(String name, T value, Class<T> type) {
        query.setParameter(name, value, type);
        return this;
    }

    /** Binds a collection for {@code IN (:name)}. */
    public NativeStatement bindList(String name, Collection<String> values) {
        query.setParameterList(name, values, String.class);
        return this;
    }

    /** Runs an INSERT/UPDATE/DELETE; the number of rows changed. */
    public int execute() {
        return query.executeUpdate();
    }

    /** Runs a SELECT of several columns. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows() {
        return (List<Object[]>) query.getResultList();
    }

    /** Runs a SELECT of one value. */
    public Object single() {
        return query.getSingleResult();
    }
}
