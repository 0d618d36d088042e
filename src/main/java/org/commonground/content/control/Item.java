package org.commonground.content.control;

import java.util.Map;

/** A parsed content item with the file it came from and every uuid it declares (with its line). */
record Item<T>(String uuid, String path, T value, Map<String, Integer> uuids) {
}
