package org.commonground.platform.control;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * The one data source. Driver, URL, user and password come from MicroProfile Config
 * (keys {@code commonground.db.*}, environment variables {@code COMMONGROUND_DB_*}),
 * so the same WAR runs on the embedded H2 file database or on PostgreSQL.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=commonground.db.driver}",
        url = "${MPCONFIG=commonground.db.url}",
        user = "${MPCONFIG=commonground.db.user}",
        password = "${MPCONFIG=commonground.db.password}",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 40,
        maxIdleTime = 300)
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/commonground";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    public DataSource dataSource() {
        return dataSource;
    }
}
