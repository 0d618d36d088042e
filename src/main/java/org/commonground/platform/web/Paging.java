package org.commonground.platform.web;

/** Page numbers from addresses: never negative, never so large that the first row's index overflows. */
public final class Paging {

    /** With fifty rows to a page, the first row of the last page still fits an int many times over. */
    public static final int MAX_PAGE = 100_000;

    private Paging() {
    }

    public static int page(int requested) {
        return Math.max(0, Math.min(requested, MAX_PAGE));
    }
}
