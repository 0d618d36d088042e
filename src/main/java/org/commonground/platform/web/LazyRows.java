package org.commonground.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model over a boundary's own COUNT and page queries: the table asks
 * for one page, sorted by one column and filtered by the columns' texts, and the database does
 * the work. Only the named columns can be sorted or filtered by; anything else in a request is
 * ignored, so a column name never reaches a query unchecked.
 */
public class LazyRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** What one page asks for: filters (column to text, only non-blank), the sort column (or null), its direction, the rows. */
    public record Request(Map<String, String> filters, String sort, boolean descending, int first, int max) {
    }

    private final transient ToLongFunction<Map<String, String>> counter;
    private final transient Function<Request, List<T>> pager;
    private final Set<String> columns;

    public LazyRows(Set<String> columns, ToLongFunction<Map<String, String>> counter, Function<Request, List<T>> pager) {
        this.columns = Set.copyOf(columns);
        this.counter = counter;
        this.pager = pager;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.applyAsLong(filters(filterBy)));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> columns.contains(s.getField()) && s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        return pager.apply(new Request(filters(filterBy), sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.DESCENDING, Math.max(0, first), Math.max(1, pageSize)));
    }

    private Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (filterBy != null) {
            filterBy.values().forEach(f -> {
                Object value = f.getFilterValue();
                if (columns.contains(f.getField()) && value != null && !value.toString().isBlank()) {
                    filters.put(f.getField(), value.toString().strip());
                }
            });
        }
        return filters;
    }
}
