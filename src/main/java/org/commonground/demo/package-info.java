/**
 * Demo data from {@code seeds/}: an organisation, teams and an account for each
 * role, with assignments (due soon and overdue), people's progress, shared
 * worksheets and a draft under review, loaded at start-up only when
 * {@code commonground.demo.enabled} is true. People's work goes through the
 * learning, worksheet and review boundaries, acting as each person.
 */
package org.commonground.demo;
