package io.clausewatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SSRF guards of the packaged alert-service and crawler-service, loaded from their built jars
 * and run as production runs them (private addresses closed): every way of writing a private
 * address is refused, and a name that resolves to a public address at the first check and to a
 * private one later is refused at the later check.
 */
class SsrfGuardsTest {

    /** Hosts that denote a non-public address in some notation; both guards must refuse them. */
    static final List<String> NON_PUBLIC =
            List.of(
                    "http://127.0.0.1/",
                    "http://2130706433/",
                    "http://0177.0.0.1/",
                    "http://017700000001/",
                    "http://0x7f.0.0.1/",
                    "http://0x7f000001/",
                    "http://127.1/",
                    "http://127.0.1/",
                    "http://0/",
                    "http://0.0.0.0/",
                    "http://10.0.0.1/",
                    "http://172.16.5.4/",
                    "http://192.168.1.1/",
                    "http://3232235777/",
                    "http://0xc0a80101/",
                    "http://100.64.0.1/",
                    "http://100.127.255.254/",
                    "http://169.254.169.254/latest/meta-data/",
                    "http://2852039166/",
                    "http://0xa9fea9fe/",
                    "http://0251.0376.0251.0376/",
                    "http://169.254.1.1/",
                    "http://224.0.0.1/",
                    "http://255.255.255.255/",
                    "http://[::1]/",
                    "http://[::]/",
                    "http://[::ffff:127.0.0.1]/",
                    "http://[::ffff:7f00:1]/",
                    "http://[::ffff:169.254.169.254]/",
                    "http://[::ffff:10.0.0.1]/",
                    "http://[::127.0.0.1]/",
                    "http://[fe80::1]/",
                    "http://[fc00::1]/",
                    "http://[fd12:3456::1]/",
                    "http://[ff02::1]/",
                    "http://[fd00:ec2::254]/",
                    "http://[2002:7f00:1::]/",
                    "http://[64:ff9b::a9fe:a9fe]/",
                    "http://168.63.129.16/",
                    "http://192.0.0.192/",
                    "http://metadata.google.internal/",
                    "http://localhost/",
                    "http://localhost./",
                    "http://LOCALHOST:8080/",
                    "http://ip6-localhost/");

    static final List<String> MALFORMED =
            List.of(
                    "file:///etc/passwd",
                    "ftp://example.com/",
                    "gopher://127.0.0.1:25/",
                    "jar:http://example.com/a.jar!/",
                    "http://user:pass@example.com/",
                    "http:///nohost",
                    "http://",
                    "javascript:alert(1)");

    private static URLClassLoader alert;
    private static URLClassLoader crawler;

    @BeforeAll
    static void loadGuards() throws Exception {
        alert = loader("alert-service");
        crawler = loader("crawler-service");
    }

    @AfterAll
    static void close() throws Exception {
        alert.close();
        crawler.close();
    }

    @Test
    void alertServiceRefusesEveryNonPublicWebhookUrl() throws Exception {
        Object guard = alertGuard(host -> InetAddress.getAllByName(host));
        List<String> accepted = new ArrayList<>();
        int refused = 0;
        for (String url : concat(NON_PUBLIC, MALFORMED)) {
            String reason = alertRefusal(guard, url);
            if (reason == null) {
                accepted.add(url);
            } else {
                assertThat(reason).as(url).isNotBlank().doesNotContain("Exception");
                refused++;
            }
        }
        System.out.printf(
                "ssrf: alert-service guard refused %d of %d URLs%n",
                refused, refused + accepted.size());
        assertThat(accepted).as("webhook URLs let through").isEmpty();
    }

    @Test
    void alertServiceRefusesANameThatTurnsPrivateAfterTheFirstCheck() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        InetAddress publicAddress =
                InetAddress.getByAddress(
                        "hooks.example", new byte[] {93, (byte) 184, (byte) 216, 34});
        InetAddress privateAddress =
                InetAddress.getByAddress("hooks.example", new byte[] {10, 0, 0, 7});
        Object guard =
                alertGuard(
                        host ->
                                new InetAddress[] {
                                    lookups.getAndIncrement() == 0 ? publicAddress : privateAddress
                                });
        Method check = guard.getClass().getMethod("check", String.class);
        Object endpoint = check.invoke(guard, "https://hooks.example/clausewatch");
        Object checkedAddress = endpoint.getClass().getMethod("address").invoke(endpoint);
        assertThat(checkedAddress)
                .as("the request goes to the address that was checked")
                .isEqualTo(publicAddress);
        assertThat(alertRefusal(guard, "https://hooks.example/clausewatch"))
                .as("the check before the delivery sees the new answer")
                .contains("private");
    }

    @Test
    void alertServiceRefusesANameWithOnePrivateAddressAmongPublicOnes() throws Exception {
        Object guard =
                alertGuard(
                        host ->
                                new InetAddress[] {
                                    InetAddress.getByAddress(
                                            host, new byte[] {93, (byte) 184, (byte) 216, 34}),
                                    InetAddress.getByAddress(
                                            host,
                                            new byte[] {
                                                (byte) 169, (byte) 254, (byte) 169, (byte) 254
                                            })
                                });
        assertThat(alertRefusal(guard, "https://mixed.example/")).contains("metadata");
    }

    @Test
    void crawlerRefusesEveryNonPublicCatalogUrl() throws Exception {
        Class<?> type = crawler.loadClass("io.clausewatch.crawler.fetch.AddressGuard");
        Object guard = type.getConstructor(boolean.class).newInstance(false);
        Method check = type.getMethod("check", URI.class);
        List<String> accepted = new ArrayList<>();
        int refused = 0;
        for (String url : concat(NON_PUBLIC, MALFORMED)) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                refused++;
                continue;
            }
            try {
                check.invoke(guard, uri);
                accepted.add(url);
            } catch (InvocationTargetException e) {
                assertThat(e.getCause().getClass().getSimpleName())
                        .as(url)
                        .isEqualTo("CrawlFailure");
                Object failureClass =
                        e.getCause().getClass().getMethod("failureClass").invoke(e.getCause());
                assertThat(failureClass.toString()).as(url).isIn("INVALID_URL", "DNS");
                refused++;
            }
        }
        System.out.printf(
                "ssrf: crawler-service guard refused %d of %d URLs%n",
                refused, refused + accepted.size());
        assertThat(accepted).as("catalog URLs let through").isEmpty();
    }

    @Test
    void publicAddressesStillPass() throws Exception {
        Object guard =
                alertGuard(
                        host ->
                                new InetAddress[] {
                                    InetAddress.getByAddress(
                                            host, new byte[] {93, (byte) 184, (byte) 216, 34})
                                });
        assertThat(alertRefusal(guard, "https://hooks.example/a")).isNull();
        assertThat(alertRefusal(guard, "http://93.184.216.34/a")).isNull();
        assertThat(alertRefusal(guard, "http://[2606:2800:220:1:248:1893:25c8:1946]/a")).isNull();
    }

    /** The guard's answer: null when the URL passes, otherwise the reason given. */
    private static String alertRefusal(Object guard, String url) throws Exception {
        try {
            guard.getClass().getMethod("check", String.class).invoke(guard, url);
            return null;
        } catch (InvocationTargetException e) {
            assertThat(e.getCause().getClass().getSimpleName())
                    .as(url)
                    .isEqualTo("EndpointRefused");
            return e.getCause().getMessage();
        }
    }

    @FunctionalInterface
    interface Lookup {
        InetAddress[] resolve(String host) throws Exception;
    }

    private static Object alertGuard(Lookup lookup) throws Exception {
        Class<?> type = alert.loadClass("io.clausewatch.alert.safety.EndpointGuard");
        Class<?> resolver = alert.loadClass("io.clausewatch.alert.safety.EndpointGuard$Resolver");
        Object proxy =
                Proxy.newProxyInstance(
                        alert,
                        new Class<?>[] {resolver},
                        (self, method, args) -> {
                            if (method.getName().equals("resolve")) {
                                return lookup.resolve((String) args[0]);
                            }
                            return method.invoke(lookup, args);
                        });
        Constructor<?> constructor = type.getConstructor(boolean.class, boolean.class, resolver);
        return constructor.newInstance(false, false, proxy);
    }

    /** The service's own jar and the project's jars it depends on (the shared address rules). */
    private static URLClassLoader loader(String module) throws Exception {
        Path quarkusApp = ReliabilityStack.home().resolve(module).resolve("target/quarkus-app");
        List<URL> jars = new ArrayList<>();
        try (var files = Files.list(quarkusApp.resolve("app"))) {
            jars.add(
                    files.filter(p -> p.toString().endsWith(".jar"))
                            .findFirst()
                            .orElseThrow()
                            .toUri()
                            .toURL());
        }
        try (var files = Files.list(quarkusApp.resolve("lib/main"))) {
            for (Path jar :
                    files.filter(p -> p.getFileName().toString().startsWith("io.clausewatch."))
                            .toList()) {
                jars.add(jar.toUri().toURL());
            }
        }
        return new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
