package org.commonground.platform.control;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * The one data source. Driver, URL, user and password come from MicroProfile Config
 * (keys {@code commonground.db.*}, environment variables {@code COMMONGROUND_DB_*}),
 * so the same WAR runs on the embedded H2 file database or on PostgreSQL.
 * <p>
 * When the database goes away, pages must fail fast and the platform must recover
 * by itself when it returns: the pool hands out only connections that answered a
 * check ({@code Connection.isValid}, which works for every JDBC 4 driver) and, once one
 * fails, drops all of them rather than handing out the rest of a dead database's
 * connections one by one; opening a connection and waiting for a free one are
 * bounded ({@code commonground.db.login-timeout-seconds},
 * {@code commonground.db.pool-wait-millis}). A connection is checked at most once
 * every {@code commonground.db.validate-seconds} (2): Payara looks the checking
 * class up through the application's class loader, under its lock, and checking on
 * every use left request threads queued on that lock (thread dumps at 1,000 people).
 * <p>
 * Payara reads these placeholders once before the application's own
 * {@code microprofile-config.properties} is visible, and warned "no value found, no
 * default given" for each: so each carries, after a colon, the same default as that
 * file (keep them equal). The URL has none: its default depends on the data directory,
 * which a placeholder's default cannot name, and a default here is not harmless (that
 * early read is the one the pool is made with: a stand-in address was used for real).
 * Payara warns about it once when it is not set; the run command ({@code mvn -Prun})
 * sets it on the command line.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=commonground.db.driver:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=commonground.db.url}",
        user = "${MPCONFIG=commonground.db.user:commonground}",
        password = "${MPCONFIG=commonground.db.password:commonground}",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 40,
        maxIdleTime = 300,
        properties = {
            "loginTimeout=${MPCONFIG=commonground.db.login-timeout-seconds:2}",
            "fish.payara.max-wait-time-in-millis=${MPCONFIG=commonground.db.pool-wait-millis:5000}",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=${MPCONFIG=commonground.db.validate-seconds:2}",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/commonground";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    public DataSource dataSource() {
        return dataSource;
    }
}
