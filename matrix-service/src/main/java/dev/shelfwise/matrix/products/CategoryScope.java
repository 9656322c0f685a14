package dev.shelfwise.matrix.products;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which categories a read covers: all of them, or a given set (percentiles are per category, so a category is always
 * read whole).
 *
 * @param categories the categories; null means every category
 */
public record CategoryScope(Set<String> categories) {

    public CategoryScope {
        categories = categories == null ? null : Set.copyOf(new TreeSet<>(categories));
    }

    public static CategoryScope all() {
        return new CategoryScope(null);
    }

    public static CategoryScope of(Collection<String> categories) {
        return new CategoryScope(Set.copyOf(categories));
    }

    public boolean isAll() {
        return categories == null;
    }

    /** This scope widened by more categories (still "all" when it was). */
    public CategoryScope plus(Collection<String> more) {
        if (isAll()) {
            return this;
        }
        Set<String> union = new TreeSet<>(categories);
        union.addAll(more);
        return new CategoryScope(union);
    }
}
