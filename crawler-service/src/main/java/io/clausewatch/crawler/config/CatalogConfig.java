package io.clausewatch.crawler.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Where the catalog of platforms comes from. */
@ConfigMapping(prefix = "clausewatch.catalog")
public interface CatalogConfig {

    /** Load the platform files shipped with the service. */
    @WithDefault("true")
    boolean builtin();

    /** A directory of extra platform files ({@code *.yaml}), read after the built-in ones. */
    Optional<String> dir();
}
