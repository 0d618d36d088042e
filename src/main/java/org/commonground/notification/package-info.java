/**
 * Messages to people: notifications in the platform (a list with an unread count in the
 * header) and, as each person chooses per kind, by email (at most one email per kind per
 * day, none at night or at weekends). The daily reminder job reads progress's stored
 * statuses through {@code CurrencyPolicy}; workflow events (assignments, material
 * changes, reviews, shared reflections) make their messages at once. Jobs run on the
 * platform's {@code Scheduler}; every message has a unique key, so none is made twice.
 */
package org.commonground.notification;
