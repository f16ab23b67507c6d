package io.clausewatch.crawler.catalog;

import io.clausewatch.events.DocumentIds;
import io.clausewatch.events.DocumentTypes;
import io.clausewatch.kit.problem.Problem.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/** Checks a declaration field by field; each error names the field and what is wrong. */
public final class DocumentValidator {

    static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
    static final Duration MAX_INTERVAL = Duration.ofDays(31);
    static final Duration DEFAULT_INTERVAL = Duration.ofHours(6);
    private static final int MAX_URLS = 20;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private DocumentValidator() {}

    /** Returns the errors, empty when the draft is valid. */
    public static List<FieldError> errors(String platform, DocumentDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (!DocumentIds.isValidSegment(platform)) {
            errors.add(new FieldError("platform", "must be lower-case letters, digits, hyphens"));
        }
        if (draft.type() == null || !DocumentTypes.isKnown(draft.type())) {
            errors.add(new FieldError("type", "must be one of " + DocumentTypes.ALL));
        }
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 300) {
            errors.add(new FieldError("name", "must be 1 to 300 characters"));
        }
        urlErrors(draft.urls(), errors);
        selectorErrors("select", draft.select(), errors);
        selectorErrors("remove", draft.remove(), errors);
        intervalErrors(draft.interval(), errors);
        if (draft.language() != null && !LANGUAGE.matcher(draft.language()).matches()) {
            errors.add(new FieldError("language", "must be a language tag such as en or en-US"));
        }
        return errors;
    }

    public static DocumentSpec toSpec(String platform, DocumentDraft draft) {
        Duration interval =
                draft.interval() == null ? DEFAULT_INTERVAL : Duration.parse(draft.interval());
        return new DocumentSpec(
                platform,
                draft.type(),
                draft.name().strip(),
                draft.urls().stream().map(String::strip).toList(),
                draft.select(),
                draft.remove(),
                interval,
                draft.language(),
                draft.region(),
                draft.checked());
    }

    private static void urlErrors(List<String> urls, List<FieldError> errors) {
        if (urls == null || urls.isEmpty() || urls.size() > MAX_URLS) {
            errors.add(new FieldError("urls", "must list 1 to " + MAX_URLS + " URLs"));
            return;
        }
        for (int i = 0; i < urls.size(); i++) {
            String problem = urlProblem(urls.get(i));
            if (problem != null) {
                errors.add(new FieldError("urls[" + i + "]", problem));
            }
        }
    }

    private static String urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return "must not be empty";
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "must be an absolute http or https URL";
            }
            if (uri.getHost() == null) {
                return "must name a host";
            }
            if (uri.getRawUserInfo() != null) {
                return "must not carry credentials";
            }
            return null;
        } catch (URISyntaxException e) {
            return "is not a valid URL: " + e.getReason();
        }
    }

    private static void selectorErrors(
            String field, List<String> selectors, List<FieldError> errors) {
        if (selectors == null) {
            return;
        }
        for (int i = 0; i < selectors.size(); i++) {
            String selector = selectors.get(i);
            if (selector == null || selector.isBlank()) {
                errors.add(new FieldError(field + "[" + i + "]", "must not be empty"));
                continue;
            }
            try {
                QueryParser.parse(selector);
            } catch (Selector.SelectorParseException e) {
                errors.add(new FieldError(field + "[" + i + "]", "is not a valid CSS selector"));
            }
        }
    }

    private static void intervalErrors(String interval, List<FieldError> errors) {
        if (interval == null) {
            return;
        }
        try {
            Duration duration = Duration.parse(interval);
            if (duration.compareTo(MIN_INTERVAL) < 0 || duration.compareTo(MAX_INTERVAL) > 0) {
                errors.add(new FieldError("interval", "must be between PT1M and P31D"));
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("interval", "must be an ISO-8601 duration such as PT6H"));
        }
    }
}
