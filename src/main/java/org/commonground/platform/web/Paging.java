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

    /** A page number from an address parameter: the first page when it is missing or not a number. */
    public static int page(String parameter) {
        try {
            return parameter == null ? 0 : page(Integer.parseInt(parameter.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
