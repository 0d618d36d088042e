/**
 * Demo data from {@code seeds/}: an organisation, teams and an account for each
 * role, loaded at start-up only when {@code commonground.demo.enabled} is true.
 */
package org.commonground.demo;
