package org.commonground.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class LazyRowsTest {

    private final List<LazyRows.Request> asked = new ArrayList<>();
    private final List<Map<String, String>> counted = new ArrayList<>();
    private final LazyRows<String> rows = new LazyRows<>(Set.of("name", "email"), filters -> {
        counted.add(filters);
        return 7;
    }, request -> {
        asked.add(request);
        return List.of("a row");
    });

    @Test
    void passesTheKnownSortAndFiltersToTheQueriesAndDropsTheRest() {
        Map<String, FilterMeta> filters = Map.of(
                "name", FilterMeta.builder().field("name").filterValue("  50%  ").build(),
                "email", FilterMeta.builder().field("email").filterValue(" ").build(),
                "password", FilterMeta.builder().field("password").filterValue("x").build());
        Map<String, SortMeta> sorts = Map.of("email", SortMeta.builder().field("email").order(SortOrder.DESCENDING).build());

        assertThat(rows.count(filters)).isEqualTo(7);
        assertThat(rows.load(100, 50, sorts, filters)).containsExactly("a row");

        assertThat(counted).containsExactly(Map.of("name", "50%"));
        assertThat(asked).containsExactly(new LazyRows.Request(Map.of("name", "50%"), "email", true, 100, 50));
    }

    @Test
    void anUnknownSortColumnLeavesTheQuerysOwnOrder() {
        rows.load(0, 10, Map.of("id", SortMeta.builder().field("id").order(SortOrder.ASCENDING).build()), Map.of());
        assertThat(asked).containsExactly(new LazyRows.Request(Map.of(), null, false, 0, 10));
    }
}
